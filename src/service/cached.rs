//! Small tables read on every ticket (routing rules, SLA policies, the holiday
//! calendar), kept in memory for a short while. A change made through this process
//! drops the copy at once; other processes see it within the time to live.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use crate::error::ServiceResult;

pub struct Cached<T> {
    ttl: Duration,
    slot: RwLock<Option<(Instant, Arc<T>)>>,
    /// One load at a time: requests that find the copy stale together wait for one
    /// load instead of each running it (the revocation list scans every ended certificate).
    loading: tokio::sync::Mutex<()>,
}

impl<T> Cached<T> {
    pub fn new(ttl: Duration) -> Self {
        Self { ttl, slot: RwLock::new(None), loading: tokio::sync::Mutex::new(()) }
    }

    fn fresh(&self) -> Option<Arc<T>> {
        let slot = self.slot.read().expect("cache lock");
        slot.as_ref().filter(|(at, _)| at.elapsed() < self.ttl).map(|(_, v)| v.clone())
    }

    /// The cached value, or a fresh one from `load` when there is none or it is stale.
    pub async fn get<F, Fut>(&self, load: F) -> ServiceResult<Arc<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = ServiceResult<T>>,
    {
        if let Some(v) = self.fresh() {
            return Ok(v);
        }
        let _one = self.loading.lock().await;
        // Another request may have loaded it while this one waited.
        if let Some(v) = self.fresh() {
            return Ok(v);
        }
        let v = Arc::new(load().await?);
        *self.slot.write().expect("cache lock") = Some((Instant::now(), v.clone()));
        Ok(v)
    }

    pub fn invalidate(&self) {
        *self.slot.write().expect("cache lock") = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_value_is_loaded_once_until_it_goes_stale_or_is_dropped() {
        let c = Cached::new(Duration::from_secs(60));
        let loads = std::sync::atomic::AtomicU32::new(0);
        let load = || async {
            loads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok(7)
        };
        assert_eq!(*c.get(load).await.unwrap(), 7);
        assert_eq!(*c.get(load).await.unwrap(), 7);
        assert_eq!(loads.load(std::sync::atomic::Ordering::SeqCst), 1);
        c.invalidate();
        c.get(load).await.unwrap();
        assert_eq!(loads.load(std::sync::atomic::Ordering::SeqCst), 2);
        let stale = Cached::new(Duration::ZERO);
        stale.get(load).await.unwrap();
        stale.get(load).await.unwrap();
        assert_eq!(loads.load(std::sync::atomic::Ordering::SeqCst), 4);
    }
}
