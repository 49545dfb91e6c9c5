// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirewallStore.h"

#include "config/Profile.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;
using storage::Statement;
using storage::Transaction;

namespace firewall {

namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QList<Collection> readCollections(Statement &q)
{
    QList<Collection> out;
    while (q.next()) {
        Collection c = Collection::fromDefinition(jsonObject(q.value(2).toString()));
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        const QString entries = q.value(3).toString();
        c.entries = entries.isEmpty() ? QStringList() : entries.split(u'\n');
        out << c;
    }
    return out;
}

const QString CollectionColumns = u"SELECT id, name, definition, entries FROM fw_collections"_s;

} // namespace

FirewallStore::FirewallStore(storage::Database *db)
    : m_db(db)
{ }

QList<Collection> FirewallStore::collections() const
{
    Statement q(*m_db, CollectionColumns + u" ORDER BY name"_s);
    return q.read("firewall collections") ? readCollections(q) : QList<Collection>();
}

std::optional<Collection> FirewallStore::collection(const QString &name) const
{
    Statement q(*m_db, CollectionColumns + u" WHERE name = ?"_s);
    const QList<Collection> found
        = q.read("firewall collection", {name}) ? readCollections(q) : QList<Collection>();
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Collection> FirewallStore::collection(qint64 id) const
{
    Statement q(*m_db, CollectionColumns + u" WHERE id = ?"_s);
    const QList<Collection> found
        = q.read("firewall collection", {id}) ? readCollections(q) : QList<Collection>();
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool FirewallStore::save(Collection *collection, QString *error)
{
    const QString name = collection->name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("Cannot save the collection: it has no name; give it one.");
        return false;
    }
    // The name is shown in tables and logs and becomes the rules' names on the console.
    if (const QString bad = config::Profile::unsafeCharacter(name); !bad.isEmpty()) {
        if (error)
            *error = tr("Cannot save the collection \"%1\": its name holds %2; use plain text on one line.")
                         .arg(name, bad);
        return false;
    }
    if (const auto other = this->collection(name); other && other->id != collection->id) {
        if (error)
            *error
                = tr("Cannot save the collection \"%1\": another collection has that name; choose another.")
                      .arg(name);
        return false;
    }
    qint64 id = collection->id;
    const bool ok = storage::write(
        *m_db, "saveCollection", error,
        [&](const QString &p) { return tr("Cannot save the collection \"%1\": %2").arg(name, p); },
        [&](Transaction &t) {
            const QVariantList values {name, jsonText(collection->toDefinition()),
                collection->entries.isEmpty() ? u""_s : collection->entries.join(u'\n'), // never NULL
                QDateTime::currentMSecsSinceEpoch()};
            if (id > 0) {
                Statement q = t.prepare(
                    u"UPDATE fw_collections SET name = ?, definition = ?, entries = ?, updated_at = ? WHERE id = ?"_s);
                return q.exec(values + QVariantList {id}) && q.rowsAffected() == 1;
            }
            Statement q = t.prepare(
                u"INSERT INTO fw_collections (name, definition, entries, updated_at) VALUES (?, ?, ?, ?)"_s);
            if (!q.exec(values))
                return false;
            id = q.lastInsertId().toLongLong();
            return true;
        });
    if (ok) {
        collection->id = id;
        collection->name = name;
    }
    return ok;
}

bool FirewallStore::remove(qint64 id, QString *error)
{
    const auto c = collection(id);
    if (!c) {
        if (error)
            *error = tr("There is no such collection.");
        return false;
    }
    if (const int n = ruleCount(id); n > 0) {
        if (error)
            *error = tr(
                "The collection \"%1\" still has %n rule(s) on consoles: withdraw them first.", nullptr, n)
                         .arg(c->name);
        return false;
    }
    return storage::write(
        *m_db, "removeCollection", error,
        [&](const QString &p) { return tr("Cannot delete the collection \"%1\": %2").arg(c->name, p); },
        [&](Transaction &t) {
            Statement exports = t.prepare(u"DELETE FROM fw_exports WHERE collection_id = ?"_s);
            Statement q = t.prepare(u"DELETE FROM fw_collections WHERE id = ?"_s);
            return exports.exec({id}) && q.exec({id});
        });
}

Layout FirewallStore::layout(qint64 collectionId) const
{
    Statement q(*m_db, u"SELECT layout FROM fw_collections WHERE id = ?"_s);
    return q.read("firewall layout", {collectionId}) && q.next() ? Layout::fromText(q.value(0).toString())
                                                                 : Layout();
}

bool FirewallStore::saveLayout(qint64 collectionId, const LayoutChange &change, QString *error)
{
    const QStringList targets = targetsWithRules(collectionId);
    QHash<QString, QList<OwnedRule>> relabelled;
    for (const QString &target : targets)
        relabelled.insert(target, RulePlanner::relabel(rules(collectionId, target), change.origin));
    return storage::write(
        *m_db, "saveLayout", error,
        [](const QString &p) { return tr("Cannot save the rules' layout: %1").arg(p); },
        [&](Transaction &t) {
            Statement q = t.prepare(u"UPDATE fw_collections SET layout = ? WHERE id = ?"_s);
            if (!q.exec({change.layout.toText(), collectionId}) || q.rowsAffected() != 1)
                return false;
            Statement clear = t.prepare(u"DELETE FROM fw_rules WHERE collection_id = ?"_s);
            if (!clear.exec({collectionId}))
                return false;
            Statement insert
                = t.prepare(u"INSERT INTO fw_rules (collection_id, target, slot, state, rule_id, name)"
                            " VALUES (?, ?, ?, ?, ?, ?)"_s);
            for (auto it = relabelled.cbegin(); it != relabelled.cend(); ++it) {
                for (const OwnedRule &r : it.value()) {
                    if (!insert.exec({collectionId, it.key(), r.slot,
                            r.pending ? u"pending"_s : u"confirmed"_s, r.ruleId, r.name}))
                        return false;
                }
            }
            return true;
        });
}

QList<OwnedRule> FirewallStore::rules(qint64 collectionId, const QString &target) const
{
    Statement q(*m_db,
        u"SELECT slot, state, rule_id, name FROM fw_rules WHERE collection_id = ? AND target = ? ORDER BY slot"_s);
    QList<OwnedRule> out;
    if (!q.read("firewall rules", {collectionId, target}))
        return out;
    while (q.next())
        out << OwnedRule {q.value(0).toInt(), q.value(1).toString() == u"pending", q.value(2).toString(),
            q.value(3).toString()};
    return out;
}

QStringList FirewallStore::targetsWithRules(qint64 collectionId) const
{
    Statement q(*m_db, u"SELECT DISTINCT target FROM fw_rules WHERE collection_id = ? ORDER BY target"_s);
    QStringList out;
    if (q.read("firewall targets", {collectionId}))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

int FirewallStore::ruleCount(qint64 collectionId) const
{
    Statement q(*m_db, u"SELECT count(*) FROM fw_rules WHERE collection_id = ?"_s);
    return q.read("firewall rule count", {collectionId}) && q.next() ? q.value(0).toInt() : 0;
}

bool FirewallStore::markPending(
    qint64 collectionId, const QString &target, int slot, const QString &name, QString *error)
{
    return storage::write(
        *m_db, "markPending", error,
        [](const QString &p) { return tr("Cannot record the rule being created: %1").arg(p); },
        [&](Transaction &t) {
            Statement q
                = t.prepare(u"INSERT OR REPLACE INTO fw_rules (collection_id, target, slot, state, rule_id,"
                            " name, sent_at) VALUES (?, ?, ?, 'pending', '', ?, ?)"_s);
            return q.exec({collectionId, target, slot, name, QDateTime::currentMSecsSinceEpoch()});
        });
}

bool FirewallStore::confirm(qint64 collectionId, const QString &target, int slot, const QString &ruleId,
    const QString &name, QString *error)
{
    return storage::write(
        *m_db, "confirmRule", error,
        [](const QString &p) { return tr("Cannot record the console's rule: %1").arg(p); },
        [&](Transaction &t) {
            Statement q
                = t.prepare(u"INSERT OR REPLACE INTO fw_rules (collection_id, target, slot, state, rule_id,"
                            " name, confirmed_at) VALUES (?, ?, ?, 'confirmed', ?, ?, ?)"_s);
            return q.exec({collectionId, target, slot, ruleId, name, QDateTime::currentMSecsSinceEpoch()});
        });
}

bool FirewallStore::forget(
    qint64 collectionId, const QString &target, const QList<int> &slots, QString *error)
{
    return storage::write(
        *m_db, "forgetRules", error,
        [](const QString &p) { return tr("Cannot record the deleted rules: %1").arg(p); },
        [&](Transaction &t) {
            Statement q
                = t.prepare(u"DELETE FROM fw_rules WHERE collection_id = ? AND target = ? AND slot = ?"_s);
            for (const int slot : slots)
                if (!q.exec({collectionId, target, slot}))
                    return false;
            return true;
        });
}

QList<ExportRecord> FirewallStore::exports(qint64 collectionId) const
{
    Statement q(*m_db,
        u"SELECT target, exported_at, state, counts FROM fw_exports WHERE collection_id = ? ORDER BY target"_s);
    QList<ExportRecord> out;
    if (!q.read("firewall exports", {collectionId}))
        return out;
    while (q.next()) {
        ExportRecord r;
        r.target = q.value(0).toString();
        if (!q.value(1).isNull())
            r.exportedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.state = q.value(2).toString();
        r.counts = jsonObject(q.value(3).toString());
        out << r;
    }
    return out;
}

bool FirewallStore::recordExport(qint64 collectionId, const ExportRecord &record, QString *error)
{
    return storage::write(
        *m_db, "recordExport", error,
        [](const QString &p) { return tr("Cannot record the export: %1").arg(p); },
        [&](Transaction &t) {
            Statement q
                = t.prepare(u"INSERT OR REPLACE INTO fw_exports (collection_id, target, exported_at, state,"
                            " counts) VALUES (?, ?, ?, ?, ?)"_s);
            return q.exec({collectionId, record.target, msecs(record.exportedAt), record.state,
                jsonText(record.counts)});
        });
}

} // namespace firewall
