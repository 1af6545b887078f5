//! spiro-auth's crash-test hooks never reach this crate's builds, tests included: under
//! `cargo test --workspace` the crash tests get them from a separately built child binary.

#[test]
fn spiro_auth_is_linked_without_failpoints() {
    assert!(
        !spiro_auth::failpoint::enabled(),
        "spiro-auth was built with the `failpoints` feature"
    );
}
