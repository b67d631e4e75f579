//! Objects in an S3-compatible bucket (AWS, MinIO, Ceph, …) through `object_store`:
//! a PUT is whole or absent, so no half object is ever seen. Every call is bounded by
//! `storage.s3.timeout`, retries included, so an outage answers soon; an upload gets
//! a second more per MiB on top, and a download or a listing has no total limit (a
//! large file, a large bucket take what they take) but fails when the store sends
//! nothing for that long.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{BackoffConfig, ClientOptions, ObjectStore, PutPayload, RetryConfig};
use secrecy::ExposeSecret;

use super::{ObjectError, Reader};
use crate::config::S3Config;

/// Attempts of one call (the first and two retries) share `timeout`.
const ATTEMPTS: u32 = 3;
/// The slowest link to the store an upload is given time for.
const UPLOAD_BYTES_PER_SEC: f64 = 1024.0 * 1024.0;

#[derive(Clone)]
pub(super) struct S3 {
    /// Heads and deletes: each attempt limited to a share of `timeout`.
    store: Arc<AmazonS3>,
    /// Uploads, downloads, listings: no limit per attempt; uploads are bounded as a
    /// whole by their size, downloads and listings by each wait for bytes.
    bulk: Arc<AmazonS3>,
    /// Key prefix without a trailing `/` (checked by the configuration); empty: none.
    prefix: String,
    timeout: Duration,
}

fn error(key: &str, e: object_store::Error) -> ObjectError {
    match e {
        object_store::Error::NotFound { .. } => ObjectError::Missing(key.into()),
        other => ObjectError::Unavailable(other.to_string()),
    }
}

/// The configuration wins; what it leaves empty comes from the standard AWS variables,
/// profile or instance role (never a mix of configured keys and an ambient token).
fn builder(c: &S3Config, client: ClientOptions) -> AmazonS3Builder {
    let explicit = !c.access_key_id.trim().is_empty();
    let mut b = if explicit { AmazonS3Builder::new() } else { AmazonS3Builder::from_env() };
    b = b.with_bucket_name(c.bucket.trim()).with_client_options(client).with_retry(RetryConfig {
        max_retries: (ATTEMPTS - 1) as usize,
        retry_timeout: c.timeout,
        backoff: BackoffConfig::default(),
    });
    if !c.region.trim().is_empty() {
        b = b.with_region(c.region.trim());
    }
    if !c.endpoint.trim().is_empty() {
        b = b.with_endpoint(c.endpoint.trim());
    }
    if explicit {
        b = b
            .with_access_key_id(c.access_key_id.trim())
            .with_secret_access_key(c.secret_access_key.expose_secret());
    }
    b
}

impl S3 {
    pub(super) fn new(c: &S3Config) -> anyhow::Result<Self> {
        let connect = c.timeout.min(Duration::from_secs(3));
        let base = ClientOptions::new().with_connect_timeout(connect).with_allow_http(c.allow_http);
        let store = builder(c, base.clone().with_timeout(c.timeout / ATTEMPTS)).build();
        let bulk = builder(c, base.with_timeout_disabled()).build();
        let (store, bulk) = match (store, bulk) {
            (Ok(s), Ok(r)) => (s, r),
            (Err(e), _) | (_, Err(e)) => anyhow::bail!("storage.s3: {e}"),
        };
        Ok(Self {
            store: Arc::new(store),
            bulk: Arc::new(bulk),
            prefix: c.prefix.trim().trim_matches('/').to_string(),
            timeout: c.timeout,
        })
    }

    fn path(&self, key: &str) -> ObjectPath {
        match self.prefix.as_str() {
            "" => ObjectPath::from(key),
            p => ObjectPath::from(format!("{p}/{key}")),
        }
    }

    /// `fut`, or `Unavailable` once `timeout` has passed.
    async fn bounded<T>(
        &self,
        key: &str,
        fut: impl std::future::Future<Output = object_store::Result<T>>,
    ) -> Result<T, ObjectError> {
        self.within(self.timeout, key, fut).await
    }

    async fn within<T>(
        &self,
        limit: Duration,
        key: &str,
        fut: impl std::future::Future<Output = object_store::Result<T>>,
    ) -> Result<T, ObjectError> {
        match tokio::time::timeout(limit, fut).await {
            Ok(r) => r.map_err(|e| error(key, e)),
            Err(_) => Err(ObjectError::Unavailable(format!("no answer within {limit:?}"))),
        }
    }

    pub(super) async fn put(&self, key: &str, bytes: Bytes) -> Result<(), ObjectError> {
        let limit = self.timeout + Duration::from_secs_f64(bytes.len() as f64 / UPLOAD_BYTES_PER_SEC);
        self.within(limit, key, self.bulk.put(&self.path(key), PutPayload::from_bytes(bytes))).await?;
        Ok(())
    }

    pub(super) async fn open(&self, key: &str) -> Result<Reader, ObjectError> {
        let got = self.bounded(key, self.bulk.get(&self.path(key))).await?;
        let size = got.meta.size;
        let stream = got.into_stream().map_err(std::io::Error::other).boxed();
        Reader::new(size, idle_limited(stream, self.timeout)).await
    }

    pub(super) async fn modified(&self, key: &str) -> Result<Option<SystemTime>, ObjectError> {
        match self.bounded(key, self.store.head(&self.path(key))).await {
            Ok(meta) => Ok(Some(meta.last_modified.into())),
            Err(ObjectError::Missing(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(super) async fn older_than(
        &self,
        area: &str,
        before: Option<SystemTime>,
    ) -> Result<Vec<String>, ObjectError> {
        let before: Option<chrono::DateTime<chrono::Utc>> = before.map(Into::into);
        let prefix = ObjectPath::from(self.prefix.as_str());
        let pages = self.bulk.list(Some(&self.path(area))).map_err(std::io::Error::other).boxed();
        idle_limited(pages, self.timeout)
            .try_filter_map(|meta| {
                let old = before.is_none_or(|b| meta.last_modified < b);
                // The key is what follows the prefix's parts, however the store encodes them.
                let key =
                    meta.location.prefix_match(&prefix).map(|rest| rest.map(|p| p.as_ref().to_string()));
                let key = key.map(|parts| parts.collect::<Vec<_>>().join("/"));
                async move { Ok(if old { key } else { None }) }
            })
            .try_collect()
            .await
            .map_err(|e: std::io::Error| ObjectError::Unavailable(format!("listing {area}: {e}")))
    }

    pub(super) async fn remove(&self, key: &str) -> Result<(), ObjectError> {
        match self.bounded(key, self.store.delete(&self.path(key))).await {
            Ok(()) | Err(ObjectError::Missing(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// The stream, failing once the store sends nothing for `idle`.
fn idle_limited<T: Send + 'static>(
    stream: futures::stream::BoxStream<'static, std::io::Result<T>>,
    idle: Duration,
) -> futures::stream::BoxStream<'static, std::io::Result<T>> {
    futures::stream::unfold(Some(stream), move |s| async move {
        let mut s = s?;
        match tokio::time::timeout(idle, s.next()).await {
            Ok(Some(item)) => Some((item, Some(s))),
            Ok(None) => None,
            Err(_) => {
                let stalled =
                    std::io::Error::new(std::io::ErrorKind::TimedOut, "the object store stopped sending");
                Some((Err(stalled), None))
            }
        }
    })
    .boxed()
}
