//! Tests of spiro-mock over real HTTP on 127.0.0.1 (one test binary for all of them).

mod api;
mod common;
mod dataset_props;
mod faults;
mod oauth;
mod readme;
mod records;
mod robustness;
