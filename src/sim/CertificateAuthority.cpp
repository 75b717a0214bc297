#include "sim/CertificateAuthority.h"

#include <QStringList>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Free
{
    void operator()(X509 *c) const { X509_free(c); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;

PkeyPtr newKey()
{
    // P-256 keys are quick to make and every client we care about (Go, Qt) accepts them.
    return PkeyPtr(EVP_EC_gen("P-256"));
}

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

QByteArray certPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    return bioToBytes(bio);
}

QByteArray keyPem(EVP_PKEY *key)
{
    // Traditional "EC PRIVATE KEY" form: read by Go (kubectl) and by QSslKey alike.
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey_traditional(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioToBytes(bio);
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

X509Ptr makeCert(EVP_PKEY *key, const char *cn, X509 *issuer)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 365);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("rolloutdesk-sim"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    return cert;
}

} // namespace

struct CertificateAuthority::Keys
{
    PkeyPtr caKey;
    X509Ptr caCert;
};

CertificateAuthority::CertificateAuthority()
    : m_keys(std::make_unique<Keys>())
{}

CertificateAuthority::~CertificateAuthority() = default;

bool CertificateAuthority::generate(const QString &clientUser, const QStringList &extraHosts)
{
    m_keys->caKey = newKey();
    PkeyPtr serverKey = newKey();
    PkeyPtr clientKey = newKey();
    if (!m_keys->caKey || !serverKey || !clientKey) {
        m_error = u"could not generate EC keys"_s;
        return false;
    }
    // CA
    m_keys->caCert = makeCert(m_keys->caKey.get(), "rolloutdesk-sim-ca", nullptr);
    X509 *ca = m_keys->caCert.get();
    bool ok = addExt(ca, ca, NID_basic_constraints, "critical,CA:TRUE") &&
              addExt(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature") &&
              addExt(ca, ca, NID_subject_key_identifier, "hash");
    ok = ok && X509_sign(ca, m_keys->caKey.get(), EVP_sha256()) > 0;

    // Server
    X509Ptr server = makeCert(serverKey.get(), "rolloutdesk-sim", ca);
    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1"_ba;
    for (const QString &h : extraHosts) {
        const bool isIp = !h.isEmpty() && (h.at(0).isDigit() || h.contains(u':'));
        san += (isIp ? ",IP:"_ba : ",DNS:"_ba) + h.toLatin1();
    }
    ok = ok && addExt(server.get(), ca, NID_basic_constraints, "critical,CA:FALSE") &&
         addExt(server.get(), ca, NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
         addExt(server.get(), ca, NID_ext_key_usage, "serverAuth") &&
         addExt(server.get(), ca, NID_subject_alt_name, san.constData()) &&
         X509_sign(server.get(), m_keys->caKey.get(), EVP_sha256()) > 0;

    // Client
    const QByteArray cn = clientUser.toUtf8();
    X509Ptr client = makeCert(clientKey.get(), cn.constData(), ca);
    ok = ok && addExt(client.get(), ca, NID_basic_constraints, "critical,CA:FALSE") &&
         addExt(client.get(), ca, NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
         addExt(client.get(), ca, NID_ext_key_usage, "clientAuth") &&
         X509_sign(client.get(), m_keys->caKey.get(), EVP_sha256()) > 0;
    if (!ok) {
        char buf[256];
        ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
        m_error = u"could not create certificates: "_s + QString::fromLatin1(buf);
        return false;
    }
    m_caPem = certPem(ca);
    m_serverCertPem = certPem(server.get());
    m_serverKeyPem = keyPem(serverKey.get());
    m_clientCertPem = certPem(client.get());
    m_clientKeyPem = keyPem(clientKey.get());
    return true;
}

QString CertificateAuthority::verifiedCommonName(const QByteArray &certificateDer) const
{
    if (!m_keys->caCert || certificateDer.isEmpty())
        return {};
    const unsigned char *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, certificateDer.size()));
    if (!cert)
        return {};
    if (X509_NAME_cmp(X509_get_issuer_name(cert.get()),
                      X509_get_subject_name(m_keys->caCert.get())) != 0)
        return {};
    if (X509_verify(cert.get(), m_keys->caKey.get()) != 1)
        return {};
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0 ||
        X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0)
        return {};
    char cn[256] = {};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn,
                                  sizeof cn) <= 0)
        return {};
    return QString::fromUtf8(cn);
}

} // namespace rd::sim
