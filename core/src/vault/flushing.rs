//! A file written front to back whose written part goes to disk while the rest is still being
//! written. Making a whole backup durable with one `fsync` at the end costs as long again as
//! encrypting it (≈ 0.24 s for 100 MB on the benchmark machine, measured in
//! docs/PERFORMANCE.md); flushing in the background, every [`FLUSH_STEP_BYTES`], overlaps that
//! disk time with the work, and the final `sync_all` waits only for the tail.
use std::fs::File;
use std::io::{self, Write};
use std::sync::mpsc;
use std::thread;

/// How much is written between two background flushes.
const FLUSH_STEP_BYTES: u64 = 8 * 1024 * 1024;

pub(crate) struct FlushingFile {
    file: File,
    unflushed: u64,
    /// Wakes the flusher; one request waits at most, a later one is covered by it.
    requests: Option<mpsc::SyncSender<()>>,
    flusher: Option<thread::JoinHandle<io::Result<()>>>,
}

impl FlushingFile {
    pub(crate) fn new(file: File) -> io::Result<FlushingFile> {
        let handle = file.try_clone()?;
        let (requests, received) = mpsc::sync_channel::<()>(1);
        let flusher = thread::Builder::new().name("backup-flush".into()).spawn(
            move || -> io::Result<()> {
                for () in received {
                    // The handle shares the file's open description, so a write error reported
                    // here is not reported again to the final sync: it must travel back.
                    handle.sync_data()?;
                }
                Ok(())
            },
        )?;
        Ok(FlushingFile {
            file,
            unflushed: 0,
            requests: Some(requests),
            flusher: Some(flusher),
        })
    }

    /// Waits for the background flushes, then makes the whole file durable. Any error a flush met
    /// is returned here.
    pub(crate) fn finish(mut self) -> io::Result<File> {
        self.requests = None;
        if let Some(flusher) = self.flusher.take() {
            flusher
                .join()
                .map_err(|_| io::Error::other("the flushing thread stopped"))??;
        }
        self.file.sync_all()?;
        Ok(self.file)
    }
}

impl Write for FlushingFile {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let n = self.file.write(bytes)?;
        self.unflushed += n as u64;
        if self.unflushed >= FLUSH_STEP_BYTES {
            self.unflushed = 0;
            if let Some(requests) = &self.requests {
                // Full: a flush is already waiting and will cover these bytes. Disconnected: the
                // flusher stopped on an error, which `finish` returns.
                let _ = requests.try_send(());
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn everything_written_is_in_the_file_after_finish() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let mut out = FlushingFile::new(File::create(&path).unwrap()).unwrap();
        let chunk: Vec<u8> = (0..=255u8).cycle().take(1 << 20).collect();
        for _ in 0..20 {
            out.write_all(&chunk).unwrap();
        }
        out.write_all(b"tail").unwrap();
        let file = out.finish().unwrap();
        assert_eq!(file.metadata().unwrap().len(), 20 * (1 << 20) + 4);
        let mut back = Vec::new();
        File::open(&path).unwrap().read_to_end(&mut back).unwrap();
        assert_eq!(&back[..1 << 20], &chunk[..]);
        assert!(back.ends_with(b"tail"));
    }

    #[test]
    fn dropped_unfinished_it_stops_its_flusher() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = FlushingFile::new(File::create(dir.path().join("out")).unwrap()).unwrap();
        out.write_all(&vec![7u8; 9 * 1024 * 1024]).unwrap();
        let flusher = out.flusher.take().unwrap();
        drop(out);
        // The request channel closed with the file: the thread ends, without error.
        flusher.join().unwrap().unwrap();
    }
}
