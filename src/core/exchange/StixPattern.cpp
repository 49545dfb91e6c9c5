// SPDX-License-Identifier: GPL-3.0-or-later
#include "StixPattern.h"

#include "exchange/IocNormalizer.h"

#include <QRegularExpression>

namespace exchange {

StixObservable StixPattern::parseSingle(QStringView pattern)
{
    StixObservable out;
    QString skeleton;
    QStringList literals;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'\'') {
            skeleton += pattern[i];
            continue;
        }
        QString literal;
        qsizetype j = i + 1;
        bool closed = false;
        for (; j < pattern.size(); ++j) {
            if (pattern[j] == u'\\' && j + 1 < pattern.size()) {
                literal += pattern[++j];
            } else if (pattern[j] == u'\'') {
                closed = true;
                break;
            } else {
                literal += pattern[j];
            }
        }
        if (!closed) {
            out.reason = tr("The pattern has a quoted string that is never closed.");
            return out;
        }
        literals.append(literal);
        skeleton += u'Q';
        i = j;
    }
    static const QRegularExpression several(
        QStringLiteral("\\b(AND|OR|FOLLOWEDBY|WITHIN|REPEATS|START|STOP)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (skeleton.count(u'[') != 1 || several.match(skeleton).hasMatch()) {
        out.reason = tr("The pattern combines several comparisons or observations; "
                        "SentinelOne takes one value per indicator, as in "
                        "[url:value = 'http://example.com/'].");
        return out;
    }
    static const QRegularExpression single(
        QStringLiteral("^\\s*\\[\\s*([a-z0-9-]+):([A-Za-z0-9_.\\-]+)\\s*=\\s*Q\\s*\\]\\s*$"));
    const QRegularExpressionMatch m = single.match(skeleton);
    if (!m.hasMatch()) {
        out.reason = tr("The pattern is not one equality such as [url:value = "
                        "'http://example.com/'] or [file:hashes.'SHA-256' = '...'].");
        return out;
    }
    const QString object = m.captured(1);
    const QString path = m.captured(2);
    out.value = literals.constLast();
    if (object == QLatin1String("file")) {
        QString algorithm;
        if (path == QLatin1String("hashes.Q") && literals.size() == 2)
            algorithm = literals.constFirst();
        else if (path.startsWith(QLatin1String("hashes.")) && literals.size() == 1)
            algorithm = path.mid(7);
        algorithm = algorithm.toUpper().remove(u'-');
        if (algorithm == QLatin1String("SHA256"))
            out.type = IocType::Sha256;
        else if (algorithm == QLatin1String("SHA1"))
            out.type = IocType::Sha1;
        else if (algorithm == QLatin1String("MD5"))
            out.type = IocType::Md5;
    } else if (path == QLatin1String("value") && literals.size() == 1) {
        if (object == QLatin1String("url"))
            out.type = IocType::Url;
        else if (object == QLatin1String("domain-name"))
            out.type = IocType::Dns;
        else if (object == QLatin1String("ipv4-addr"))
            out.type = IocType::Ipv4;
        else if (object == QLatin1String("ipv6-addr"))
            out.type = IocType::Ipv6;
    }
    if (!out.type) {
        out.reason = tr("The pattern compares %1:%2, which SentinelOne does not take; "
                        "expected file:hashes ('SHA-256', 'SHA-1', 'MD5'), url:value, "
                        "domain-name:value, ipv4-addr:value or ipv6-addr:value.")
                         .arg(object, IocNormalizer::printable(path, 40));
    }
    return out;
}

} // namespace exchange
