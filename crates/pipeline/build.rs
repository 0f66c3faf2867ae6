//! The version of the per-article stages' results the store keeps
//! (`ARTICLE_RESULTS_VERSION`): a hash of the sources, data and models of
//! the crates those stages are made of, so that results kept by a build
//! whose stages differ in any way are never read back.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The crates whose code or data decide what the per-article stages find.
const STAGE_CRATES: &[&str] = &["model", "text", "lexicon", "quotes", "entities", "time"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut hash = Sha256::new();
    for name in STAGE_CRATES {
        let root = crates.join(name);
        // Only paths that exist: Cargo reruns the script every build for
        // one that does not.
        for part in ["Cargo.toml", "src", "data", "model"] {
            let path = root.join(part);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
        let mut found = Vec::new();
        for part in ["src", "data", "model"] {
            files(&root.join(part), &mut found);
        }
        found.push(root.join("Cargo.toml"));
        found.sort();
        for path in found {
            let relative = path.strip_prefix(&crates).unwrap_or(&path);
            hash.update(relative.to_string_lossy().as_bytes());
            hash.update([0]);
            if let Ok(bytes) = std::fs::read(&path) {
                hash.update(&bytes);
            }
            hash.update([0]);
        }
    }
    let digest = hash.finalize();
    let short: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=CROSSCHECK_ARTICLE_STAGES={short}");
}
