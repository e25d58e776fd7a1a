#!/usr/bin/env bash
# Regenerates the TLS test fixtures in test/fixtures/tls/ (see the README
# there). Needs the `openssl` command (1.1.1 or 3.x). Every certificate is
# valid for 100 years, so the fixtures are committed and rarely remade.
set -euo pipefail

out="${1:-$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/tls}"
mkdir -p "$out"
cd "$out"
days=36500
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# An EC P-256 private key (PKCS#8 PEM).
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

# A self-signed CA: ca NAME "SUBJECT"
ca() {
  key "$1.key"
  openssl req -x509 -new -key "$1.key" -sha256 -days "$days" -subj "$2" -out "$1.crt" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash"
}

# A leaf signed by a CA: leaf NAME ISSUER SERIAL "SUBJECT" EXTENDED_KEY_USAGE [SUBJECT_ALT_NAME]
leaf() {
  local name="$1" issuer="$2" serial="$3" subject="$4" eku="$5" san="${6:-}"
  key "$name.key"
  openssl req -new -key "$name.key" -subj "$subject" -out "$tmp/$name.csr"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature"
    echo "extendedKeyUsage=$eku"
    echo "subjectKeyIdentifier=hash"
    echo "authorityKeyIdentifier=keyid"
    if [ -n "$san" ]; then echo "subjectAltName=$san"; fi
  } > "$tmp/$name.ext"
  openssl x509 -req -in "$tmp/$name.csr" -CA "$issuer.crt" -CAkey "$issuer.key" -set_serial "$serial" \
    -sha256 -days "$days" -extfile "$tmp/$name.ext" -out "$name.crt"
}

ca ca "/O=riak-pb tests/CN=riak-pb test CA"
ca untrusted-ca "/O=riak-pb tests/CN=riak-pb untrusted CA"

leaf server ca 0x1001 "/O=riak-pb tests/CN=localhost" serverAuth "DNS:localhost,IP:127.0.0.1,IP:::1"
leaf wrong-host ca 0x1002 "/O=riak-pb tests/CN=other.example" serverAuth "DNS:other.example"
leaf client ca 0x1003 "/O=riak-pb tests/CN=certuser" clientAuth
leaf client-other ca 0x1004 "/O=riak-pb tests/CN=otheruser" clientAuth
leaf untrusted-server untrusted-ca 0x2001 "/O=riak-pb tests/CN=localhost" serverAuth "DNS:localhost,IP:127.0.0.1,IP:::1"
leaf untrusted-client untrusted-ca 0x2002 "/O=riak-pb tests/CN=certuser" clientAuth

# CA keys are only needed to sign; keep them so the set can be extended.
for crt in *.crt; do
  printf '%-22s %s\n' "$crt" "$(openssl x509 -in "$crt" -noout -subject -enddate | tr '\n' ' ')"
done
