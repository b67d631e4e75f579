use super::*;
use chrono::Duration;

fn issuer() -> Issuer {
    Issuer::from_key(SigningKey::from_bytes(&[7; 32]))
}

fn claims(kid: &str) -> VerifyClaims {
    VerifyClaims {
        k: kid.into(),
        i: Uuid::new_v4(),
        v: 2,
        n: "Siti Aminah".into(),
        b: NaiveDate::from_ymd_opt(1990, 5, 12).unwrap(),
        vc: "coronavac".into(),
        d: 1,
        dt: NaiveDate::from_ymd_opt(2021, 7, 12).unwrap(),
    }
}

fn published(iss: &Issuer) -> PublicKey {
    PublicKey::new(iss.public_key(), Utc::now())
}

#[test]
fn verify_tokens_round_trip_and_reject_tampering() {
    let iss = issuer();
    let keys = KeySet::new(vec![published(&iss)]);
    let c = claims(iss.kid());
    let token = iss.sign_claims(&c);
    assert_eq!(keys.verify(&token).unwrap(), c);

    // Change the name inside the payload, keep the signature.
    let (_, sig) = token.split_once('.').unwrap();
    let mut forged = c.clone();
    forged.n = "Joko Widodo".into();
    let body = B64.encode(serde_json::to_vec(&forged).unwrap());
    assert_eq!(keys.verify(&format!("{body}.{sig}")), Err(TokenError::BadSignature));

    // Signed by another key: unknown; naming our key but signed by another: forged.
    let other = Issuer::from_key(SigningKey::from_bytes(&[9; 32]));
    assert_eq!(keys.verify(&other.sign_claims(&claims(other.kid()))), Err(TokenError::UnknownKey));
    assert_eq!(keys.verify(&other.sign_claims(&claims(iss.kid()))), Err(TokenError::BadSignature));
    assert_eq!(keys.verify("garbage"), Err(TokenError::Malformed));
    assert_eq!(keys.verify("a.b"), Err(TokenError::Malformed));
}

#[test]
fn every_published_key_verifies_what_it_signed_until_it_is_revoked() {
    let old = issuer();
    let new = Issuer::from_key(SigningKey::from_bytes(&[8; 32]));
    let (t_old, t_new) = (old.sign_claims(&claims(old.kid())), new.sign_claims(&claims(new.kid())));
    let mut retired = published(&old);
    retired.retired_at = Some(Utc::now());
    let keys = KeySet::new(vec![published(&new), retired.clone()]);
    assert!(keys.verify(&t_old).is_ok() && keys.verify(&t_new).is_ok());
    let jwks = keys.jwks();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 2);
    assert_eq!(jwks["keys"][0]["status"], "current");
    assert_eq!(jwks["keys"][1]["status"], "retired");

    let mut revoked = retired;
    revoked.revoked = Some((Utc::now(), "compromised".into()));
    let keys = KeySet::new(vec![published(&new), revoked]);
    assert_eq!(keys.verify(&t_old), Err(TokenError::RevokedKey));
    assert!(keys.verify(&t_new).is_ok());
    let jwks = keys.jwks();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 1, "a revoked key is not published");
    assert_eq!(jwks["revoked"][0]["kid"], old.kid());
    assert!(!jwks.to_string().contains("compromised"), "the reason stays internal");
}

#[test]
fn link_tokens_are_short_bound_to_one_certificate_and_expire() {
    let iss = issuer();
    let id = Uuid::new_v4();
    let now = Utc::now();
    let t = iss.link_token(id, now + Duration::days(30));
    assert_eq!(t.len(), 48, "fits an SMS");
    assert_eq!(iss.check_link(&t, now), Ok(id));
    assert_eq!(iss.check_link(&t, now + Duration::days(31)), Err(TokenError::Expired));

    // Flip one bit of the id: the MAC no longer matches.
    let mut raw = B64.decode(&t).unwrap();
    raw[0] ^= 1;
    assert_eq!(iss.check_link(&B64.encode(&raw), now), Err(TokenError::BadSignature));
    assert_eq!(iss.check_link("short", now), Err(TokenError::Malformed));
}

#[test]
fn keys_and_the_secret_are_created_once_and_reloaded_and_the_secret_outlives_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let (key, secret) = (dir.path().join("keys/issuer.pem"), dir.path().join("keys/secret"));
    let a = Issuer::load_or_create(&key, &secret).unwrap();
    let b = Issuer::load_or_create(&key, &secret).unwrap();
    assert_eq!(a.kid(), b.kid());
    assert_eq!(a.keyed("x", b"1"), issuer_of_seed(&a).keyed("x", b"1"), "first secret derived from the key");
    let token = a.sign_claims(&claims(a.kid()));
    assert!(KeySet::new(vec![published(&b)]).verify(&token).is_ok());
    let link = a.link_token(Uuid::nil(), Utc::now() + Duration::days(1));

    // A new key: links made with the old one still open.
    write_key(&key, &generate_key()).unwrap();
    let c = Issuer::load_or_create(&key, &secret).unwrap();
    assert_ne!(c.kid(), a.kid());
    assert_eq!(c.check_link(&link, Utc::now()), Ok(Uuid::nil()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for p in [&key, &secret] {
            assert_eq!(std::fs::metadata(p).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
    assert_eq!(std::fs::read_dir(dir.path().join("keys")).unwrap().count(), 2, "no temporary files left");
}

fn issuer_of_seed(i: &Issuer) -> Issuer {
    Issuer::from_key(SigningKey::from_bytes(&i.key.to_bytes()))
}
