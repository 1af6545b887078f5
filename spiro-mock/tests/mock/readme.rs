//! The examples of the crate docs and the README, as real tests.

use spiro_mock::{Event, Fault, Server, Target};

use spiro_mock::limit::bounded;

#[tokio::test]
async fn lists_companies_with_a_fresh_token() -> Result<(), Box<dyn std::error::Error>> {
    bounded(async {
        let server = Server::start().await?;
        let tokens = server.issue_tokens();

        let response = reqwest::Client::new()
            .get(format!("{}/companies?page%5Bsize%5D=10", server.api_url()))
            .bearer_auth(&tokens.access_token)
            .send()
            .await?;
        assert_eq!(response.status(), 200);
        let body: serde_json::Value = response.json().await?;
        assert_eq!(body["data"].as_array().map(Vec::len), Some(10));
        assert_eq!(body["meta"]["pagination"]["total_entries"], 250);

        assert_eq!(server.counters().api_requests, 1);
        assert!(
            server
                .events()
                .iter()
                .any(|e| matches!(e, Event::AccessTokenFirstUse { .. }))
        );
        Ok(())
    })
    .await
}

#[tokio::test]
async fn my_client_survives_a_lost_refresh_response() -> Result<(), Box<dyn std::error::Error>> {
    bounded(async {
        let server = Server::start().await?;
        let tokens = server.issue_tokens();
        let http = reqwest::Client::new();
        let refresh = || {
            http.post(server.token_url()).json(&serde_json::json!({
                "grant_type": "refresh_token",
                "client_id": server.client_id(),
                "client_secret": server.client_secret(),
                "refresh_token": tokens.refresh_token,
            }))
        };

        // The server commits the refresh, then the response is lost.
        server.inject(Target::Token, Fault::commit_then_drop());
        assert!(refresh().send().await.is_err());
        // Retrying with the same refresh token is safe on Spiro.
        let retried = refresh().send().await?;
        assert_eq!(retried.status(), 200);

        let c = server.counters();
        assert_eq!((c.refresh_requests, c.tokens_issued), (2, 3));
        Ok(())
    })
    .await
}
