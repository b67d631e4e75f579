//! Objects in an S3-compatible bucket (AWS, MinIO, Ceph, …) through `object_store`:
//! a PUT is whole or absent, so no half object is ever seen; retries are bounded by
//! `storage.s3.timeout` so an outage answers soon instead of holding requests.

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

#[derive(Clone)]
pub(super) struct S3 {
    store: Arc<AmazonS3>,
    /// Key prefix without a trailing `/`; empty: none.
    prefix: String,
}

fn error(key: &str, e: object_store::Error) -> ObjectError {
    match e {
        object_store::Error::NotFound { .. } => ObjectError::Missing(key.into()),
        other => ObjectError::Unavailable(other.to_string()),
    }
}

impl S3 {
    pub(super) fn new(c: &S3Config) -> anyhow::Result<Self> {
        let client = ClientOptions::new()
            .with_timeout(c.timeout)
            .with_connect_timeout(c.timeout.min(Duration::from_secs(3)))
            .with_allow_http(c.allow_http);
        let retry =
            RetryConfig { max_retries: 2, retry_timeout: c.timeout, backoff: BackoffConfig::default() };
        // The standard AWS variables first (profile, instance role); the configuration wins.
        let mut b = AmazonS3Builder::from_env()
            .with_bucket_name(c.bucket.trim())
            .with_region(c.region.trim())
            .with_client_options(client)
            .with_retry(retry);
        if !c.endpoint.trim().is_empty() {
            b = b.with_endpoint(c.endpoint.trim());
        }
        if !c.access_key_id.trim().is_empty() {
            b = b
                .with_access_key_id(c.access_key_id.trim())
                .with_secret_access_key(c.secret_access_key.expose_secret());
        }
        let store = b.build().map_err(|e| anyhow::anyhow!("storage.s3: {e}"))?;
        Ok(Self { store: Arc::new(store), prefix: c.prefix.trim().trim_matches('/').to_string() })
    }

    fn path(&self, key: &str) -> ObjectPath {
        match self.prefix.as_str() {
            "" => ObjectPath::from(key),
            p => ObjectPath::from(format!("{p}/{key}")),
        }
    }

    pub(super) async fn put(&self, key: &str, bytes: Bytes) -> Result<(), ObjectError> {
        self.store.put(&self.path(key), PutPayload::from_bytes(bytes)).await.map_err(|e| error(key, e))?;
        Ok(())
    }

    pub(super) async fn open(&self, key: &str) -> Result<Reader, ObjectError> {
        let got = self.store.get(&self.path(key)).await.map_err(|e| error(key, e))?;
        let size = got.meta.size as u64;
        let stream = got.into_stream().map_err(std::io::Error::other).boxed();
        Reader::new(size, stream).await
    }

    pub(super) async fn older_than(
        &self,
        area: &str,
        before: SystemTime,
    ) -> Result<Vec<String>, ObjectError> {
        let before: chrono::DateTime<chrono::Utc> = before.into();
        let skip = if self.prefix.is_empty() { 0 } else { self.prefix.len() + 1 };
        self.store
            .list(Some(&self.path(area)))
            .try_filter_map(|meta| async move {
                Ok((meta.last_modified < before).then(|| meta.location.as_ref()[skip..].to_string()))
            })
            .try_collect()
            .await
            .map_err(|e| error(area, e))
    }

    pub(super) async fn remove(&self, key: &str) -> Result<(), ObjectError> {
        match self.store.delete(&self.path(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(error(key, e)),
        }
    }
}
