#include "parsers/CvdHeader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CvdHeaderParser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CvdHeaderParser", text);
}

} // namespace

Result<CvdHeader, ParseProblem> parse(QByteArrayView bytes)
{
    if (bytes.size() < kHeaderSize)
        return fail(ParseProblem{
            0, tr("truncated CVD header: %1 of %2 bytes").arg(bytes.size()).arg(kHeaderSize)});
    const QByteArrayView header = bytes.first(kHeaderSize);
    if (!header.startsWith("ClamAV-VDB:"))
        return fail(
            ParseProblem{0, tr("not a CVD file: the header does not start with \"ClamAV-VDB:\"")});
    QByteArray text = header.toByteArray();
    while (text.endsWith(' ') || text.endsWith('\0'))
        text.chop(1);
    const QList<QByteArray> fields = text.split(':');
    if (fields.size() < 8)
        return fail(ParseProblem{
            0, tr("CVD header has %1 fields, expected at least 8").arg(fields.size())});
    auto integer = [&](int index, int* out) {
        bool ok = false;
        *out = fields.at(index).toInt(&ok);
        return ok;
    };
    CvdHeader cvd;
    cvd.buildTimeText = QString::fromLatin1(fields.at(1));
    if (!integer(2, &cvd.version) || !integer(3, &cvd.signatures) ||
        !integer(4, &cvd.functionalityLevel))
        return fail(ParseProblem{
            0, tr("CVD header: version, signatures and functionality level must be numbers")});
    cvd.md5 = QString::fromLatin1(fields.at(5));
    static const QRegularExpression md5(QStringLiteral("^[0-9a-f]{32}$"));
    if (!md5.match(cvd.md5).hasMatch())
        return fail(ParseProblem{0, tr("CVD header: \"%1\" is not an MD5 sum").arg(cvd.md5)});
    cvd.digitalSignature = QString::fromLatin1(fields.at(6));
    cvd.builder = QString::fromLatin1(fields.at(7));
    if (fields.size() > 8) {
        bool ok = false;
        const qint64 time = fields.at(8).trimmed().toLongLong(&ok);
        if (ok)
            cvd.buildTime = time;
    }
    return cvd;
}

} // namespace CvdHeaderParser
