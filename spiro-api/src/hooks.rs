//! The request hooks progenitor calls around every operation.

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderName};

use crate::{Client, ClientState};

/// progenitor adds an `api-version` header of its own; Spiro documents `X-Api-Version`.
const PROGENITOR_VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.remove(PROGENITOR_VERSION_HEADER);
        if let Some(bearer) = &self.inner().bearer {
            headers.insert(AUTHORIZATION, bearer.clone());
        }
        Ok(())
    }
}
