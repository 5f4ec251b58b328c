// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcertificate.h"

#include <QFile>
#include <QSysInfo>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace {

constexpr long kValidDays = 10 * 365; // pinned, not trusted through a chain: its lifetime is the hub's

template<typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray pemOf(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *x, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(x, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A new key and self-signed certificate as PEM; false when OpenSSL fails.
bool generate(QByteArray *certificatePem, QByteArray *keyPem)
{
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> x(X509_new());
    Owned<BIGNUM, BN_free> serial(BN_new());
    if (!key || !x || !serial)
        return false;
    const QByteArray host = QSysInfo::machineHostName().toUtf8().left(60);
    const QByteArray commonName = "Vitrine hub " + (host.isEmpty() ? QByteArray("studio") : host);
    X509_NAME *name = X509_get_subject_name(x.get());
    const bool made = X509_set_version(x.get(), 2) == 1 && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x.get())) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(x.get()), -24 * 3600) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(x.get()), kValidDays * 24 * 3600) != nullptr
        && X509_set_pubkey(x.get(), key.get()) == 1
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Vitrine"), -1, -1, 0)
            == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()),
                                      -1, -1, 0)
            == 1
        && X509_set_issuer_name(x.get(), name) == 1 && addExtension(x.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(x.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(x.get(), NID_ext_key_usage, "serverAuth") && X509_sign(x.get(), key.get(), EVP_sha256()) > 0;
    if (!made)
        return false;
    Owned<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    Owned<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), x.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return false;
    *certificatePem = pemOf(certBio.get());
    *keyPem = pemOf(keyBio.get());
    return true;
}

// Creates `path` with these bytes, readable by its owner only; false when it exists already.
bool writeNew(const QString &path, const QByteArray &bytes, mode_t mode)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        QFile::remove(path);
    return ok;
}

} // namespace

QString HubCertificate::certificatePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".hub-certificate.pem");
}

QString HubCertificate::keyPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".hub-key.pem");
}

std::optional<HubCertificate> HubCertificate::ensure(const QString &databasePath, QString *error)
{
    const QString certPath = certificatePath(databasePath);
    const QString keyFile = keyPath(databasePath);
    if (!QFile::exists(certPath) && !QFile::exists(keyFile)) {
        QByteArray certPem, keyPem;
        if (!generate(&certPem, &keyPem)) {
            *error = QStringLiteral("the hub's certificate could not be made");
            return std::nullopt;
        }
        // The key first: a certificate on its own is never left without the key it belongs to.
        // Another process making one at the same moment wins; ours is then read back from disk.
        if (writeNew(keyFile, keyPem, 0600) && !writeNew(certPath, certPem, 0644)) {
            QFile::remove(keyFile);
            *error = QStringLiteral("the hub's certificate could not be written beside %1").arg(databasePath);
            return std::nullopt;
        }
    }
    QFile certFile(certPath), keyIn(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the hub's certificate or key cannot be read (%1, %2)").arg(certPath, keyFile);
        return std::nullopt;
    }
    HubCertificate identity;
    identity.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    identity.key = QSslKey(keyIn.readAll(), QSsl::Ec, QSsl::Pem);
    if (identity.certificate.isNull() || identity.key.isNull()) {
        *error = QStringLiteral("the hub's certificate or key is damaged; remove both files to make new ones "
                                "(every screen must then pair again)");
        return std::nullopt;
    }
    return identity;
}

QByteArray HubCertificate::fingerprint() const
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString HubCertificate::readableFingerprint() const
{
    const QString hex = QString::fromLatin1(fingerprint()).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}
