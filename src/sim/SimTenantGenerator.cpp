// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

using namespace Qt::StringLiterals;

namespace s1sim {

// ------------------------------------------------------------------------------------------------
// Generation

quint64 SimTenant::Private::makeId(Rng &rng, qint64 us)
{
    // Like SentinelOne ids: 19 digits, roughly increasing with time. The time in an id counts from
    // IdEpochUs, not from the base time: a tenant keeps its ids (same seed) whenever it starts,
    // while its dates move with the base time.
    const quint64 ms = quint64(std::max<qint64>(0, (us - baseUs + IdEpochUs) / UsPerMs));
    for (;;) {
        const quint64 id = 1000000000000000000ull + (ms << 19) + rng.below(1u << 19);
        if (!usedIds.contains(id)) {
            usedIds.insert(id);
            return id;
        }
    }
}

void SimTenant::Private::generate(int threatCount)
{
    Rng rng(seed, 0);
    generateOrganisation(rng);
    generateAgents(rng, std::clamp(threatCount / 5, 10, MaxAgents));
    generateThreats(rng, threatCount);
    generateNotes(rng);
}

void SimTenant::Private::generateOrganisation(Rng &rng)
{
    struct AccountSpec
    {
        const char16_t *name;
        const char16_t *domain;
        int ageDays;
    };
    static constexpr AccountSpec accountSpecs[] = {
        {u"Acme Corp", u"ACME", 1460},
        {u"Globex", u"GLOBEX", 730},
    };
    for (const AccountSpec &spec : accountSpecs) {
        Account a;
        a.createdAt = baseUs - qint64(spec.ageDays) * UsPerDay - rng.between64(0, UsPerDay);
        a.updatedAt = baseUs - rng.between64(1, 60) * UsPerDay;
        a.id = makeId(rng, a.createdAt);
        a.name = QString::fromUtf16(spec.name);
        a.domain = QString::fromUtf16(spec.domain);
        accounts.push_back(a);
    }

    struct SiteSpec
    {
        const char16_t *name;
        int account;
        const char *state;
        const char *siteType;
        const char *sku;
        int totalLicenses;
        bool isDefault;
        const char16_t *description;
        bool serversGroup;
        bool laptopsGroup;
    };
    static constexpr SiteSpec siteSpecs[] = {
        {u"Berlin HQ", 0, "active", "Paid", "Complete", 2500, false, u"Headquarters, Alexanderplatz", true,
            true},
        {u"Default site", 0, "active", "Paid", "Control", 500, true, nullptr, false, false},
        {u"New York Office", 0, "active", "Paid", "Complete", 1500, false, u"Sales & trading floor", true,
            true},
        {u"Singapore DC", 0, "active", "Paid", "Complete", 800, false, u"Data centre (APAC)", true, false},
        {u"Legacy Lab", 0, "expired", "Trial", "Control", 50, false, u"Old test lab – do not use", false,
            false},
        {u"Default site", 1, "active", "Paid", "Complete", 600, true, nullptr, true, false},
        {u"Springfield Plant", 1, "active", "Trial", "Control", 400, false, u"Nuclear plant, sector 7G",
            false, false},
    };
    int index = 0;
    for (const SiteSpec &spec : siteSpecs) {
        Site s;
        s.name = QString::fromUtf16(spec.name);
        s.account = spec.account;
        s.state = spec.state;
        s.siteType = spec.siteType;
        s.sku = spec.sku;
        s.totalLicenses = spec.totalLicenses;
        s.isDefault = spec.isDefault;
        s.description = spec.description ? QString::fromUtf16(spec.description) : QString();
        s.createdAt = accounts[spec.account].createdAt + rng.between64(1, 300) * UsPerDay;
        s.updatedAt = baseUs - rng.between64(1, 30) * UsPerDay;
        if (std::strcmp(spec.state, "expired") == 0)
            s.expiration = baseUs - rng.between64(20, 200) * UsPerDay;
        s.id = makeId(rng, s.createdAt);
        s.netOctet = 10 + index * 10;
        static constexpr const char *externalPrefixes[] = {"203.0.113.", "198.51.100.", "192.0.2."};
        s.externalIp = QLatin1String(externalPrefixes[index % 3]) + QString::number(rng.between(2, 250));
        s.registrationToken = QString::fromLatin1(
            QByteArray::fromHex(rng.hexString(48).toLatin1()).toBase64(QByteArray::OmitTrailingEquals));
        sites.push_back(s);

        Group g;
        g.site = index;
        g.name = u"Default Group"_s;
        g.id = makeId(rng, s.createdAt + UsPerMin);
        groups.push_back(g);
        if (spec.serversGroup) {
            g.name = u"Servers"_s;
            g.id = makeId(rng, s.createdAt + UsPerHour);
            groups.push_back(g);
        }
        if (spec.laptopsGroup) {
            g.name = u"Laptops"_s;
            g.id = makeId(rng, s.createdAt + 2 * UsPerHour);
            groups.push_back(g);
        }
        ++index;
    }
}

void SimTenant::Private::generateAgents(Rng &rng, int count)
{
    static constexpr int siteWeights[] = {30, 8, 22, 14, 3, 8, 15};
    static_assert(std::size(siteWeights) == 7);
    static constexpr int kindWeights[] = {50, 18, 12, 12, 8};

    QSet<QString> names;
    agents.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Agent a;
        a.kind = AgentKind(rng.weighted(kindWeights, KindCount));
        a.site = quint8(rng.weighted(siteWeights, int(sites.size())));
        const Site &site = sites[a.site];
        const OsType os = KindOs[a.kind];

        // group: servers and laptops go to their group when the site has one
        const char16_t *wanted = a.kind == KindWinServer || a.kind == KindLinux ? u"Servers"
            : a.kind == KindWinLaptop || a.kind == KindMac                      ? u"Laptops"
                                                                                : u"Default Group";
        int defaultGroup = -1;
        int group = -1;
        for (int g = 0; g < int(groups.size()); ++g) {
            if (groups[std::size_t(g)].site != a.site)
                continue;
            if (defaultGroup < 0)
                defaultGroup = g;
            if (groups[std::size_t(g)].name == QStringView(wanted))
                group = g;
        }
        a.group = quint8(group >= 0 ? group : defaultGroup);

        const QString first = QLatin1String(rng.pick(FirstNames));
        const QString last = QLatin1String(rng.pick(LastNames));
        a.user = first.left(1) + last;

        QString name;
        switch (a.kind) {
        case KindWinDesktop:
            name = u"WS-"_s + QLatin1String(rng.pick(Departments)) + u'-'
                + QString::number(rng.between(1, 9999)).rightJustified(4, u'0');
            break;
        case KindWinLaptop:
            name = u"LT-"_s + QLatin1String(rng.pick(Departments)) + u'-'
                + QString::number(rng.between(1, 9999)).rightJustified(4, u'0');
            break;
        case KindWinServer:
            name = u"SRV-"_s + QLatin1String(rng.pick(ServerRoles)) + u'-'
                + QString::number(rng.between(1, 99)).rightJustified(2, u'0');
            break;
        case KindMac:
            name = u"MBP-"_s + a.user.toUpper();
            break;
        case KindLinux:
        case KindCount:
            name = u"lnx-"_s + QLatin1String(rng.pick(LinuxRoles)) + u'-'
                + QString::number(rng.between(1, 99)).rightJustified(2, u'0');
            break;
        }
        if (names.contains(name)) {
            int n = 2;
            while (names.contains(name + u'-' + QString::number(n)))
                ++n;
            name += u'-' + QString::number(n);
        }
        names.insert(name);
        a.computerName = name;

        int variants[16];
        int variantCount = 0;
        for (int v = 0; v < int(std::size(OsVariants)); ++v) {
            if (OsVariants[v].kind == a.kind)
                variants[variantCount++] = v;
        }
        a.osVariant = quint8(variants[rng.below(quint32(variantCount))]);
        int versions[8];
        int versionCount = 0;
        for (int v = 0; v < AgentVersionCount; ++v) {
            if (AgentVersions[v].os == os)
                versions[versionCount++] = v;
        }
        a.version = quint8(versions[rng.below(quint32(versionCount))]);

        a.domain = os == OsWindows ? accounts[std::size_t(site.account)].domain : u"unknown"_s;
        if (os == OsWindows)
            a.processUser = a.kind == KindWinServer ? u"NT AUTHORITY\\SYSTEM"_s : a.domain + u'\\' + a.user;
        else
            a.processUser = os == OsMac ? a.user : u"root"_s;
        a.ipv4 = u"10.%1.%2.%3"_s.arg(QString::number(site.netOctet), QString::number(rng.between(0, 255)),
            QString::number(rng.between(1, 254)));
        a.ipv6 = u"fe80::%1:%2:%3:%4"_s.arg(QString::number(rng.below(65536), 16),
            QString::number(rng.below(65536), 16), QString::number(rng.below(65536), 16),
            QString::number(rng.below(65536), 16));
        const char *prefix = os == OsMac ? rng.pick(MacPrefixes) : rng.pick(PcPrefixes);
        a.mac = QLatin1String(prefix) + u':' + rng.hexString(1) + u':' + rng.hexString(1) + u':'
            + rng.hexString(1);
        a.registeredAt = baseUs - rng.between64(91, 900) * UsPerDay - rng.between64(0, UsPerDay);
        a.scanStarted = a.registeredAt + rng.between64(1, 60) * UsPerMin;
        a.scanFinished = a.scanStarted + rng.between64(20, 300) * UsPerMin + rng.between64(0, UsPerMin);
        a.active = rng.chance(0.93);
        a.connected = a.active && rng.chance(0.85);
        a.protect = rng.chance(0.9);
        a.id = makeId(rng, a.registeredAt);
        a.interfaceId = makeId(rng, a.registeredAt + UsPerSec);
        a.uuid = rng.hexString(16);
        agents.push_back(a);
    }
    for (const Agent &a : agents)
        ++sites[a.site].activeLicenses;
    for (Site &s : sites)
        s.totalLicenses = std::max(s.totalLicenses, s.activeLicenses + s.activeLicenses / 5 + 5);
}

void SimTenant::Private::generateThreats(Rng &rng, int count)
{
    // template indices per OS, split into file-based and fileless
    std::array<std::vector<quint8>, 3> fileTemplates;
    std::array<std::vector<quint8>, 3> filelessTemplates;
    for (int i = 0; i < TemplateCount; ++i) {
        for (int os = 0; os < 3; ++os) {
            if (Templates[i].osMask & (1 << os))
                (Templates[i].file ? fileTemplates : filelessTemplates)[std::size_t(os)].push_back(quint8(i));
        }
    }

    threats.reserve(std::size_t(count));
    threatIndex.reserve(count);
    const int agentCount = int(agents.size());
    for (int i = 0; i < count; ++i) {
        Threat t;
        // a few endpoints collect many threats
        const double u = rng.unit();
        t.agent = quint16(std::min(agentCount - 1, int(u * u * agentCount)));
        const Agent &agent = agents[t.agent];
        const OsType os = KindOs[agent.kind];

        const bool fileless = rng.chance(0.05);
        const auto &pool = fileless ? filelessTemplates[os] : fileTemplates[os];
        t.tmpl = pool[rng.below(quint32(pool.size()))];
        const ThreatTemplate &tp = Templates[t.tmpl];

        const QString number = QString::number(rng.between(1000, 99999));
        t.name = QString::fromUtf16(tp.name).replace(u"%1"_s, number);
        if (!fileless) {
            QString dir = QString::fromUtf16(tp.dir);
            dir.replace(u"{u}"_s, agent.user);
            if (dir.contains(u"{r}"_s))
                dir.replace(u"{r}"_s, rng.hexString(4).toUpper());
            t.filePath = dir + QString::fromUtf16(tp.file).replace(u"%1"_s, number);
            t.flags = FlagHashes;
            for (quint8 &b : t.sha1)
                b = quint8(rng.below(256));
            for (quint8 &b : t.sha256)
                b = quint8(rng.below(256));
            if (rng.chance(0.84)) {
                t.flags |= FlagMd5;
                for (quint8 &b : t.md5)
                    b = quint8(rng.below(256));
            }
            t.fileSize = quint32(rng.between(12 * 1024, 9 * 1024 * 1024));
        }
        t.classification = tp.classification;
        t.confidence = rng.chance(0.7) ? 0 : 1;

        if (fileless) {
            t.engine = rng.chance(0.7) ? EngBehavioral : EngExploits;
        } else if (rng.chance(0.02)) {
            t.engine = EngManual;
        } else if (t.confidence == 1 && rng.chance(0.5)) {
            t.engine = EngStaticSuspicious;
        } else {
            static constexpr EngineId fileEngines[]
                = {EngCloud, EngStatic, EngReputation, EngBehavioral, EngDocuments, EngIntrusion};
            t.engine = rng.pick(fileEngines);
        }
        t.initiatedBy = quint8(rng.weighted(InitiatedByWeights, int(std::size(InitiatedByWeights))));

        // status, verdict and mitigation, correlated the way consoles tend to look
        const double s = rng.unit();
        t.incident = s < 0.45 ? IncidentUnresolved : s < 0.6 ? IncidentInProgress : IncidentResolved;
        const double v = rng.unit();
        if (t.incident == IncidentResolved)
            t.verdict = v < 0.6 ? VerdictTruePositive : v < 0.9 ? VerdictFalsePositive : VerdictSuspicious;
        else
            t.verdict = v < 0.7 ? VerdictUndefined : v < 0.85 ? VerdictSuspicious : VerdictTruePositive;
        if (t.verdict == VerdictFalsePositive && rng.chance(0.7))
            t.mitigation = MitigationBenign;
        else
            t.mitigation = rng.chance(0.75) ? MitigationMitigated : MitigationNotMitigated;

        t.createdAt = baseUs - rng.between64(UsPerMin, 90 * UsPerDay);
        t.identifiedAt = t.createdAt - rng.between64(20 * UsPerMs, 3 * UsPerSec);
        qint64 updated = t.createdAt;
        switch (t.incident) {
        case IncidentResolved:
            updated += rng.between64(10 * UsPerMin, 10 * UsPerDay);
            break;
        case IncidentInProgress:
            updated += rng.between64(UsPerMin, 2 * UsPerDay);
            break;
        default:
            updated += rng.between64(0, 5 * UsPerSec);
            break;
        }
        t.updatedAt = std::min(updated, baseUs - rng.between64(0, UsPerMin));
        t.updatedAt = std::max(t.updatedAt, t.createdAt);

        // 1..3 MITRE techniques: the template's first, then its others or random ones
        static constexpr int techniqueWeights[] = {60, 30, 10};
        const int wanted = 1 + rng.weighted(techniqueWeights, 3);
        for (int k = 0; k < 3 && t.techniqueCount < wanted; ++k) {
            if (tp.techniques[k] != TNone)
                t.techniques[t.techniqueCount++] = quint8(tp.techniques[k]);
        }
        while (t.techniqueCount < wanted) {
            const quint8 tech = quint8(rng.below(TechniqueCount));
            if (std::find(t.techniques, t.techniques + t.techniqueCount, tech)
                == t.techniques + t.techniqueCount)
                t.techniques[t.techniqueCount++] = tech;
        }

        t.id = makeId(rng, t.createdAt);
        threatIndex.insert(t.id, quint32(threats.size()));
        threats.push_back(std::move(t));
    }
    for (const Threat &t : threats) {
        if (t.incident != IncidentResolved)
            ++agents[t.agent].activeThreats;
    }
}

void SimTenant::Private::generateNotes(Rng &rng)
{
    for (Threat &t : threats) {
        const double u = rng.unit();
        int count = 0;
        bool flagged = false;
        if (u < 0.02) {
            flagged = true;
            count = 1 + rng.between(0, 2);
        } else if (u < 0.12) {
            count = rng.between(1, 3);
        }
        if (!count)
            continue;
        QList<Note> list;
        qint64 at = t.createdAt;
        const int flagAt = flagged ? rng.between(0, count - 1) : -1;
        for (int k = 0; k < count; ++k) {
            Note n;
            at += rng.between64(UsPerMin, std::max<qint64>(UsPerMin + 1, (baseUs - at) / 4));
            at = std::min(at, baseUs - UsPerSec);
            n.createdAt = at;
            n.updatedAt = at;
            n.analyst = quint8(k == flagAt ? 0 : rng.weighted(std::array<int, 3> {6, 3, 2}.data(), 3));
            if (k == flagAt && seedFlags) {
                n.text = u"[OpenCTI_add]"_s;
            } else {
                n.text = QString::fromUtf16(rng.pick(NoteTexts))
                             .replace(u"%1"_s, QString::number(rng.between(1000, 9999)));
            }
            n.id = makeId(rng, n.createdAt);
            list.push_back(n);
        }
        t.noteCount = quint16(list.size());
        t.updatedAt = std::max(t.updatedAt, at);
        notes.insert(t.id, list);
    }
}

} // namespace s1sim
