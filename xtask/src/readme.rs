//! The copy of the coverage table that `README.md` embeds between two markers.

use crate::Result;

pub const PATH: &str = "README.md";
const BEGIN: &str = "<!-- coverage: begin (written by `cargo xtask generate`) -->\n";
const END: &str = "<!-- coverage: end -->";

/// `readme` with the text between the coverage markers replaced by `table`.
pub fn with_coverage(readme: &str, table: &str) -> Result<String> {
    let start = readme
        .find(BEGIN)
        .ok_or_else(|| format!("{PATH} lacks the marker {BEGIN:?}"))?
        + BEGIN.len();
    let end = readme[start..]
        .find(END)
        .ok_or_else(|| format!("{PATH} lacks the marker {END:?}"))?
        + start;
    Ok(format!("{}{table}{}", &readme[..start], &readme[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_only_between_markers() {
        let readme = format!("intro\n{BEGIN}old\n{END}\noutro\n");
        assert_eq!(
            with_coverage(&readme, "new\n").unwrap(),
            format!("intro\n{BEGIN}new\n{END}\noutro\n")
        );
    }

    #[test]
    fn missing_marker_is_an_error() {
        assert!(with_coverage("no markers", "t").is_err());
    }

    /// The README's table is the one the spec produces today.
    #[test]
    fn readme_coverage_table_is_current() {
        let root = crate::root();
        let spec = crate::spec::load(&root).expect("spec loads");
        let readme = std::fs::read_to_string(root.join(PATH)).expect("README.md exists");
        let expected = with_coverage(&readme, &crate::coverage::table(&spec.operations)).unwrap();
        assert!(
            readme == expected,
            "README.md coverage table is stale: run `cargo xtask generate`"
        );
    }
}
