//! The README's multi-host program is `examples/hosts.rs`, which CI compiles and runs
//! (`.ci/hosts`): the copy in the README must not drift from it.

#[test]
fn the_readme_shows_the_hosts_example_as_it_is() {
    let readme = include_str!("../../README.md");
    let example = include_str!("../examples/hosts.rs");
    let program = &example[example
        .find("use std::io::BufRead;")
        .expect("the example's code starts with its imports")..];
    let fenced = format!("```rust,ignore\n{program}```\n");
    assert!(
        readme.contains(&fenced),
        "README.md's \"Run on several hosts\" program differs from spiro-api/examples/hosts.rs: copy the example's code (from its `use` lines on) into the README"
    );
}
