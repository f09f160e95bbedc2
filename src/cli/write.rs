//! Writing fixed text back without ever losing the original: a temporary file in the
//! same folder, the original's permissions, then an atomic rename over the original.

use std::fs;
use std::io::Write;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path}: not fixed: the file changed while it was being checked")]
    Changed { path: String },
    #[error("{path}: not fixed: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Replaces the file at `path` (or, for a symbolic link, the file it points to, keeping
/// the link) with `text`, if it still holds `original`.
pub fn write_atomic(path: &Path, original: &str, text: &str) -> Result<(), WriteError> {
    let name = path.display().to_string();
    let io = |source| WriteError::Io {
        path: name.clone(),
        source,
    };
    let target = fs::canonicalize(path).map_err(io)?;
    if fs::read(&target).map_err(io)? != original.as_bytes() {
        return Err(WriteError::Changed { path: name });
    }
    let folder = target.parent().unwrap_or_else(|| Path::new("."));
    let permissions = fs::metadata(&target).map_err(io)?.permissions();
    let mut temp = tempfile::Builder::new()
        .prefix(".siaran-")
        .tempfile_in(folder)
        .map_err(io)?;
    temp.write_all(text.as_bytes()).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    fs::set_permissions(temp.path(), permissions).map_err(io)?;
    temp.persist(&target).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_since_it_was_read_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rilis.txt");
        fs::write(&path, "diubah orang lain").unwrap();
        let err = write_atomic(&path, "isi lama", "isi baru").unwrap_err();
        assert!(matches!(err, WriteError::Changed { .. }));
        assert_eq!(fs::read_to_string(&path).unwrap(), "diubah orang lain");
    }

    /// Deleted, or grown by another program since it was read: never written, never
    /// recreated.
    #[test]
    fn a_file_deleted_or_appended_to_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rilis.txt");
        assert!(matches!(
            write_atomic(&path, "isi lama", "isi baru"),
            Err(WriteError::Io { .. })
        ));
        assert!(!path.exists());
        fs::write(&path, "isi lama\ntambahan").unwrap();
        let err = write_atomic(&path, "isi lama", "isi baru").unwrap_err();
        assert!(matches!(err, WriteError::Changed { .. }));
        assert_eq!(fs::read_to_string(&path).unwrap(), "isi lama\ntambahan");
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_and_links_stay_links() {
        use std::os::unix::fs::{symlink, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("rilis.txt");
        fs::write(&target, "lama").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("tautan.txt");
        symlink(&target, &link).unwrap();
        write_atomic(&link, "lama", "baru").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "baru");
        assert_eq!(fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o640);
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 2, "no temporary file is left behind");
    }
}
