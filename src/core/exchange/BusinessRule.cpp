// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessRule.h"

#include "exchange/IocNormalizer.h"
#include "exchange/IocStore.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace exchange {

namespace {

const QLatin1String kName("name"), kTypes("types"), kSources("sources"), kLabels("labels"),
    kMinSeverity("minSeverity"), kMinScore("minScore"), kSeenWithin("seenWithinDays"), kInclude("include"),
    kExclude("exclude"), kExclusionList("exclusionList");

// The host of a normalized URL value (lower case already), without user info, port or IPv6 brackets.
QStringView urlHost(QStringView url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {};
    QStringView rest = url.mid(scheme + 3);
    qsizetype end = rest.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(c);
        if (at >= 0 && at < end)
            end = at;
    }
    QStringView authority = rest.left(end);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        authority = authority.mid(at + 1);
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        return close > 0 ? authority.mid(1, close - 1) : QStringView();
    }
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    return colon >= 0 ? authority.left(colon) : authority;
}

bool underDomain(QStringView host, const QString &domain)
{
    if (host.size() == domain.size())
        return host == domain;
    return host.size() > domain.size() && host.endsWith(domain)
        && host.at(host.size() - domain.size() - 1) == QLatin1Char('.');
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::abs(v.toDouble()) < 1e9;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

std::optional<ValuePattern> ValuePattern::parse(const QString &input, QString *problem)
{
    const QString text = input.trimmed();
    ValuePattern p;
    p.m_text = text;
    if (text.isEmpty()) {
        if (problem)
            *problem = tr(
                "the pattern is empty; expected an IP network, a domain, a hash, a URL or re:EXPRESSION");
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("re:"), Qt::CaseInsensitive)) {
        p.m_kind = Kind::Regex;
        p.m_regex = QRegularExpression(text.mid(3), QRegularExpression::CaseInsensitiveOption);
        if (text.size() == 3 || !p.m_regex.isValid()) {
            if (problem)
                *problem = text.size() == 3
                    ? tr("\"re:\" is followed by no regular expression")
                    : tr("\"%1\" is not a valid regular expression: %2 (at character %3)")
                          .arg(IocNormalizer::printable(text.mid(3)), p.m_regex.errorString())
                          .arg(p.m_regex.patternErrorOffset() + 1);
            return std::nullopt;
        }
        p.m_regex.optimize();
        return p;
    }
    if (text.contains(QLatin1Char('/')) && !text.contains(QLatin1String("://"))) {
        p.m_network = QHostAddress::parseSubnet(text);
        if (p.m_network.first.isNull()) {
            if (problem)
                *problem = tr("\"%1\" is not an IP network; expected an address and a prefix length such as "
                              "10.0.0.0/8 or 2001:db8::/32")
                               .arg(IocNormalizer::printable(text));
            return std::nullopt;
        }
        p.m_kind = Kind::Network;
        return p;
    }
    QString candidate = text;
    if (candidate.startsWith(QLatin1String("*.")))
        candidate = candidate.mid(2);
    else if (candidate.startsWith(QLatin1Char('.')))
        candidate = candidate.mid(1);
    const IocNormalizeResult r = IocNormalizer::detectType(candidate);
    if (!r.ok || !r.type) {
        if (problem)
            *problem
                = tr("\"%1\" is not an IP network, a domain, a hash, a URL or re:EXPRESSION%2")
                      .arg(IocNormalizer::printable(text),
                          r.reason.isEmpty() ? QString() : QLatin1String(" (") + r.reason + QLatin1Char(')'));
        return std::nullopt;
    }
    switch (*r.type) {
    case IocType::Ipv4:
    case IocType::Ipv6: {
        const QHostAddress address(r.value);
        p.m_kind = Kind::Network;
        p.m_network = {address, *r.type == IocType::Ipv4 ? 32 : 128};
        return p;
    }
    case IocType::Dns:
        p.m_kind = Kind::DomainSuffix;
        p.m_value = r.value;
        return p;
    default:
        p.m_kind = Kind::Exact;
        p.m_value = r.value;
        return p;
    }
}

bool ValuePattern::matches(const Ioc &ioc) const
{
    switch (m_kind) {
    case Kind::Regex:
        return m_regex.match(ioc.value).hasMatch();
    case Kind::Exact:
        return ioc.value == m_value;
    case Kind::DomainSuffix:
        if (ioc.type == IocType::Dns)
            return underDomain(ioc.value, m_value);
        if (ioc.type == IocType::Url)
            return underDomain(urlHost(ioc.value), m_value);
        return false;
    case Kind::Network:
        if (ioc.type == IocType::Ipv4 || ioc.type == IocType::Ipv6)
            return QHostAddress(ioc.value).isInSubnet(m_network);
        if (ioc.type == IocType::Url) {
            const QStringView host = urlHost(ioc.value);
            if (host.isEmpty() || !(host.front().isDigit() || host.contains(QLatin1Char(':'))))
                return false;
            const QHostAddress address(host.toString());
            return !address.isNull() && address.isInSubnet(m_network);
        }
        return false;
    }
    return false;
}

QJsonObject BusinessRule::toJson() const
{
    QJsonObject o;
    o.insert(kName, name);
    if (!types.isEmpty()) {
        QJsonArray a;
        for (IocType t : types)
            a.append(iocTypeName(t));
        o.insert(kTypes, a);
    }
    if (!sourceIds.isEmpty())
        o.insert(kSources, toArray(sourceIds));
    if (!labels.isEmpty())
        o.insert(kLabels, toArray(labels));
    if (minSeverity >= 0)
        o.insert(kMinSeverity, minSeverity);
    if (minScore >= 0)
        o.insert(kMinScore, minScore);
    if (seenWithinDays > 0)
        o.insert(kSeenWithin, seenWithinDays);
    if (!include.isEmpty())
        o.insert(kInclude, toArray(include));
    if (!exclude.isEmpty())
        o.insert(kExclude, toArray(exclude));
    if (!exclusionList.isEmpty())
        o.insert(kExclusionList, toArray(exclusionList));
    return o;
}

std::optional<BusinessRule> BusinessRule::fromJson(const QJsonObject &json, QStringList *problems)
{
    QStringList found;
    BusinessRule rule;
    static const QSet<QString> known {kName, kTypes, kSources, kLabels, kMinSeverity, kMinScore, kSeenWithin,
        kInclude, kExclude, kExclusionList};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            found << tr("%1: not a field of a business rule (the fields are %2)")
                         .arg(IocNormalizer::printable(it.key(), 60),
                             QStringList(known.begin(), known.end()).join(QLatin1String(", ")));

    const QJsonValue name = json.value(kName);
    if (!name.isString())
        found << tr("name: expected the rule's name as text");
    else
        rule.name = name.toString().trimmed();

    // A list of strings; false (and a problem) when it is something else.
    const auto strings = [&](QLatin1String field, QStringList *out) {
        const QJsonValue v = json.value(field);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            found << tr("%1: expected a list of texts").arg(field);
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                found << tr("%1[%2]: expected a text").arg(field).arg(i);
            else
                *out << a.at(i).toString();
        }
    };
    QStringList typeNames;
    strings(kTypes, &typeNames);
    for (qsizetype i = 0; i < typeNames.size(); ++i) {
        if (const auto t = iocTypeFromName(typeNames.at(i))) {
            if (!rule.types.contains(*t))
                rule.types << *t;
        } else {
            QStringList names;
            for (IocType t2 : allIocTypes())
                names << iocTypeName(t2);
            found << tr("types: \"%1\" is not an IOC type (expected %2)")
                         .arg(IocNormalizer::printable(typeNames.at(i), 60), names.join(QLatin1String(", ")));
        }
    }
    strings(kSources, &rule.sourceIds);
    strings(kLabels, &rule.labels);
    strings(kInclude, &rule.include);
    strings(kExclude, &rule.exclude);
    strings(kExclusionList, &rule.exclusionList);

    const auto number = [&](QLatin1String field, int *out) {
        const QJsonValue v = json.value(field);
        if (v.isUndefined() || v.isNull())
            return;
        if (!isWholeNumber(v))
            found << tr("%1: expected a whole number").arg(field);
        else
            *out = v.toInt();
    };
    number(kMinSeverity, &rule.minSeverity);
    number(kMinScore, &rule.minScore);
    number(kSeenWithin, &rule.seenWithinDays);

    // Ranges and patterns: the same checks as for a rule built in code.
    if (found.isEmpty())
        found << rule.validate();
    if (!found.isEmpty()) {
        if (problems)
            *problems << found;
        return std::nullopt;
    }
    return rule;
}

QStringList BusinessRule::validate() const
{
    QStringList found;
    if (name.trimmed().isEmpty())
        found << tr("name: a business rule needs a name");
    if (minSeverity < -1 || minSeverity > 7)
        found << tr("minSeverity: expected a severity from 0 to 7, not %1").arg(minSeverity);
    if (minScore < -1 || minScore > 100)
        found << tr("minScore: expected a score from 0 to 100, not %1").arg(minScore);
    if (seenWithinDays < 0 || seenWithinDays > 36500)
        found << tr("seenWithinDays: expected a number of days from 1 to 36500 (0: any time), not %1")
                     .arg(seenWithinDays);
    for (qsizetype i = 0; i < sourceIds.size(); ++i)
        if (sourceIds.at(i).trimmed().isEmpty())
            found << tr("sources[%1]: expected a source ID, not an empty text").arg(i);
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (labels.at(i).trimmed().isEmpty())
            found << tr("labels[%1]: expected a label, not an empty text").arg(i);
    const auto patterns = [&](QLatin1String field, const QStringList &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString problem;
            if (!ValuePattern::parse(list.at(i), &problem))
                found << QStringLiteral("%1[%2]: %3").arg(field).arg(i).arg(problem);
        }
    };
    patterns(kInclude, include);
    patterns(kExclude, exclude);
    patterns(kExclusionList, exclusionList);
    return found;
}

const BusinessRule::Compiled &BusinessRule::compiled() const
{
    QStringList from = include;
    from << QStringLiteral("\x1f") << exclude << QStringLiteral("\x1f") << exclusionList
         << QStringLiteral("\x1f") << labels;
    if (m_compiled && m_compiledFrom == from)
        return *m_compiled;
    Compiled c;
    // Invalid patterns (validate() reports them) are left out; an invalid exclusion makes the rule
    // match nothing, so a typo there never lets through what must not be shared.
    const auto build = [](const QStringList &list, QList<ValuePattern> *out) {
        bool allValid = true;
        for (const QString &text : list) {
            if (auto p = ValuePattern::parse(text, nullptr))
                *out << *p;
            else
                allValid = false;
        }
        return allValid;
    };
    build(include, &c.include);
    build(exclude, &c.exclude);
    if (!build(exclusionList, &c.exclusionList)) {
        QString problem;
        c.exclusionList = {*ValuePattern::parse(QStringLiteral("re:."), &problem)};
    }
    for (const QString &label : labels)
        c.labels << label.trimmed().toLower();
    m_compiled = std::move(c);
    m_compiledFrom = std::move(from);
    return *m_compiled;
}

bool BusinessRule::matches(const Ioc &ioc, const QStringList &iocSourceIds, const QDateTime &now) const
{
    const Compiled &c = compiled();
    for (const ValuePattern &p : c.exclusionList)
        if (p.matches(ioc))
            return false;
    if (!types.isEmpty() && !types.contains(ioc.type))
        return false;
    if (!sourceIds.isEmpty()
        && std::none_of(iocSourceIds.begin(), iocSourceIds.end(),
            [&](const QString &id) { return sourceIds.contains(id); }))
        return false;
    if (!c.labels.isEmpty() && std::none_of(ioc.labels.begin(), ioc.labels.end(), [&](const QString &label) {
            return c.labels.contains(label.trimmed().toLower());
        }))
        return false;
    if (minSeverity >= 0 && ioc.severity < minSeverity)
        return false;
    if (minScore >= 0 && ioc.score < minScore)
        return false;
    if (seenWithinDays > 0) {
        const QDateTime seen = ioc.lastSeen.isValid() ? ioc.lastSeen : ioc.firstSeen;
        if (!seen.isValid() || seen < now.addDays(-seenWithinDays))
            return false;
    }
    if (!c.include.isEmpty() && std::none_of(c.include.begin(), c.include.end(), [&](const ValuePattern &p) {
            return p.matches(ioc);
        }))
        return false;
    for (const ValuePattern &p : c.exclude)
        if (p.matches(ioc))
            return false;
    return true;
}

qint64 countMatchingIocs(const IocStore &store, const BusinessRule &rule, const QDateTime &now,
    const std::function<bool()> &cancelled, bool *complete)
{
    if (complete)
        *complete = true;
    IocFilter filter;
    filter.types = rule.types;
    filter.sourceIds = rule.sourceIds;
    qint64 count = 0;
    qint64 after = 0;
    constexpr int kPage = 5000;
    for (;;) {
        if (cancelled && cancelled()) {
            if (complete)
                *complete = false;
            return count;
        }
        const QList<IocRecord> page = store.list(filter, after, kPage);
        for (const IocRecord &r : page)
            if (rule.matches(r.ioc, r.sourceIds, now))
                ++count;
        if (page.size() < kPage)
            return count;
        after = page.last().id;
    }
}

} // namespace exchange
