<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountSitePage</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Konto-ID: %1</translation>
    </message>
    <message>
        <source>Check at least one site, or choose all sites.</source>
        <translation>Wählen Sie mindestens eine Site aus oder wählen Sie alle Sites.</translation>
    </message>
    <message>
        <source>Account ID: %1 (the only account this token sees)</source>
        <translation>Konto-ID: %1 (das einzige Konto, das dieses Token sieht)</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Sites durchsuchen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>The console&apos;s accounts.</source>
        <translation>Die Konten der Konsole.</translation>
    </message>
    <message>
        <source>List the accounts the token can see.</source>
        <translation>Die Konten auflisten, die das Token sehen kann.</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>KONTO-ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>SITES</source>
        <translation>SITES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3.</source>
        <translation>%1 hat für %2 eine Antwort gesendet, die größer als die Größenbeschränkung von %3 ist.</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The answer was lost after the request was sent, so it may have been carried out.</source>
        <translation>Die Antwort ging verloren, nachdem die Anfrage gesendet wurde; sie wurde daher möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>the answer is a JSON list, where the API gives an object</source>
        <translation>die Antwort ist eine JSON-Liste, wo die API ein Objekt liefert</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate expired on %2, so nothing was sent. The server&apos;s administrator must renew the certificate (check also that this computer&apos;s date is right).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat ist am %2 abgelaufen, daher wurde nichts gesendet. Der Administrator des Servers muss das Zertifikat erneuern (prüfen Sie auch, ob Datum und Uhrzeit dieses Computers stimmen).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is valid only from %2, so nothing was sent. Check that this computer&apos;s date and time are right.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat ist erst ab %2 gültig, daher wurde nichts gesendet. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is for %2, not for %1, so nothing was sent. Use the address the certificate names in the profile, or have the server&apos;s administrator issue a certificate for %1.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat gilt für %2, nicht für %1, daher wurde nichts gesendet. Verwenden Sie im Profil die Adresse, die das Zertifikat nennt, oder lassen Sie den Administrator des Servers ein Zertifikat für %1 ausstellen.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>einen anderen Namen</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate (SHA-256 fingerprint %2) is not the one pinned in the profile, so nothing was sent. If the server&apos;s certificate was replaced on purpose, confirm the new fingerprint with its administrator and pin it instead; otherwise someone may be intercepting the connection.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat (SHA-256-Fingerabdruck %2) ist nicht das im Profil angeheftete, daher wurde nichts gesendet. Wurde das Zertifikat des Servers absichtlich ersetzt, bestätigen Sie den neuen Fingerabdruck mit dessen Administrator und heften Sie ihn stattdessen an; andernfalls fängt womöglich jemand die Verbindung ab.</translation>
    </message>
</context>
<context>
    <name>ApiTokenPage</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>S1 Bridge uses an API token of a user of %1. It is kept in your system keychain, never in a file.</source>
        <translation>S1 Bridge verwendet ein API-Token eines Benutzers von %1. Es wird im Schlüsselbund Ihres Systems aufbewahrt, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>The token is valid and sees %1 (it may not list accounts: a site-scoped user).</source>
        <translation>Das Token ist gültig und sieht %1 (es kann möglicherweise keine Konten auflisten: ein auf eine Site beschränkter Benutzer).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln Site</numerusform>
            <numerusform>%Ln Sites</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is valid and sees %1 and %2.</source>
        <translation>Das Token ist gültig und sieht %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is valid but sees no site. Give its user a role on a site or account.</source>
        <translation>Das Token ist gültig, sieht aber keine Site. Geben Sie seinem Benutzer eine Rolle auf einer Site oder einem Konto.</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The import database could not be opened: %1</source>
        <translation>Die Importdatenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No keychain is available, so tokens are kept for this session only and asked for again at the next start. %1</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher werden Tokens nur für diese Sitzung aufbewahrt und beim nächsten Start erneut abgefragt. %1</translation>
    </message>
    <message>
        <source>The demo tenant could not start: no free port on 127.0.0.1.</source>
        <translation>Der Demo-Mandant konnte nicht starten: kein freier Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>API token for %1</source>
        <translation>API-Token für %1</translation>
    </message>
    <message>
        <source>The API token of %1 is not in the keychain.
Paste it to connect (the console shows a token only once: regenerate it in your user menu, Actions, API Token Operations).</source>
        <translation>Das API-Token von %1 ist nicht im Schlüsselbund.
Fügen Sie es ein, um sich zu verbinden (die Konsole zeigt ein Token nur einmal an: Erzeugen Sie es in Ihrem Benutzermenü unter Actions, API Token Operations neu).</translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation>Die Einstellungen von %1 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and remove its tokens from the keychain?
Nothing changes on the console.</source>
        <translation>Das Profil „%1“ löschen und seine Tokens aus dem Schlüsselbund entfernen?
Auf der Konsole ändert sich nichts.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Verify with the system&apos;s certificate authorities</source>
        <translation>Mit den Zertifizierungsstellen des Systems prüfen</translation>
    </message>
    <message>
        <source>Trust one pinned certificate (private CA, self-signed)</source>
        <translation>Einem festgelegten Zertifikat vertrauen (private CA, selbstsigniert)</translation>
    </message>
    <message>
        <source>Flag string: enter the note text that flags a threat, e.g. [OpenCTI_add].</source>
        <translation>Markierungstext: Geben Sie den Notiztext ein, der eine Bedrohung markiert, z. B. [OpenCTI_add].</translation>
    </message>
    <message>
        <source>Sync period: %1</source>
        <translation>Synchronisierungsintervall: %1</translation>
    </message>
    <message>
        <source>Pinned certificate: paste the SHA-256 fingerprint, 64 hexadecimal digits (colons are fine).</source>
        <translation>Festgelegtes Zertifikat: Fügen Sie den SHA-256-Fingerabdruck ein, 64 Hexadezimalziffern (Doppelpunkte sind erlaubt).</translation>
    </message>
    <message>
        <source>Enter the note text that flags a threat, e.g. [OpenCTI_add].</source>
        <translation>Geben Sie den Notiztext ein, der eine Bedrohung markiert, z. B. [OpenCTI_add].</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Import threats created after</source>
        <translation>Bedrohungen importieren, erstellt nach</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256)</source>
        <translation>Angeheftetes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Flag string: holds %1; type it again as plain text on one line.</source>
        <translation>Markierungstext: enthält %1; geben Sie ihn erneut als einfachen Text in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The flag string holds %1; type it again as plain text on one line.</source>
        <translation>Der Markierungstext enthält %1; geben Sie ihn erneut als einfachen Text in einer Zeile ein.</translation>
    </message>
</context>
<context>
    <name>BusinessRule</name>
    <message>
        <source>%1: not a field of a business rule (the fields are %2)</source>
        <translation>%1: kein Feld einer Geschäftsregel (die Felder sind %2)</translation>
    </message>
    <message>
        <source>name: expected the rule&apos;s name as text</source>
        <translation>name: Name der Regel als Text erwartet</translation>
    </message>
    <message>
        <source>%1: expected a list of texts</source>
        <translation>%1: Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>%1[%2]: expected a text</source>
        <translation>%1[%2]: Text erwartet</translation>
    </message>
    <message>
        <source>types: &quot;%1&quot; is not an IOC type (expected %2)</source>
        <translation>types: &quot;%1&quot; ist kein IOC-Typ (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>name: a business rule needs a name</source>
        <translation>name: Eine Geschäftsregel braucht einen Namen</translation>
    </message>
    <message>
        <source>minSeverity: expected a severity from 0 to 7, not %1</source>
        <translation>minSeverity: Schweregrad von 0 bis 7 erwartet, nicht %1</translation>
    </message>
    <message>
        <source>minScore: expected a score from 0 to 100, not %1</source>
        <translation>minScore: Punktzahl von 0 bis 100 erwartet, nicht %1</translation>
    </message>
    <message>
        <source>seenWithinDays: expected a number of days from 1 to 36500 (0: any time), not %1</source>
        <translation>seenWithinDays: Anzahl Tage von 1 bis 36500 erwartet (0: beliebiger Zeitpunkt), nicht %1</translation>
    </message>
    <message>
        <source>sources[%1]: expected a source ID, not an empty text</source>
        <translation>sources[%1]: Quell-ID erwartet, kein leerer Text</translation>
    </message>
    <message>
        <source>labels[%1]: expected a label, not an empty text</source>
        <translation>labels[%1]: Label erwartet, kein leerer Text</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>IPv4/IPv6 IOCs of every source</source>
        <translation>IPv4/IPv6-IOCs aller Quellen</translation>
    </message>
    <message>
        <source>IPv4/IPv6 IOCs of %1</source>
        <translation>IPv4/IPv6-IOCs von %1</translation>
    </message>
    <message>
        <source>%1 through rule &quot;%2&quot;</source>
        <translation>%1 über die Regel „%2“</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not a kind of source (file, url, iocs).</source>
        <translation>Quelle: &quot;%1&quot; ist keine Quellenart (file, url, iocs).</translation>
    </message>
    <message>
        <source>Target: &quot;%1&quot; is not a scope (site:ID, account:ID or group:ID).</source>
        <translation>Ziel: &quot;%1&quot; ist kein Bereich (site:ID, account:ID oder group:ID).</translation>
    </message>
    <message>
        <source>Name: a collection needs a name.</source>
        <translation>Name: Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name: at most %1 characters, so that the rules&apos; names fit the console&apos;s limit.</source>
        <translation>Name: höchstens %1 Zeichen, damit die Namen der Regeln in die Begrenzung der Konsole passen.</translation>
    </message>
    <message>
        <source>Entries per rule: between 1 and %L1, not %L2.</source>
        <translation>Einträge pro Regel: zwischen 1 und %L1, nicht %L2.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Source: a file source needs the file&apos;s path.</source>
        <translation>Quelle: Eine Dateiquelle braucht den Pfad der Datei.</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Quelle: &quot;%1&quot; ist keine http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>CollectionEditor</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows legacy</source>
        <translation>Windows (Legacy)</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Name der Sammlung</translation>
    </message>
    <message>
        <source>A name for the collection, e.g. Blocked scanners</source>
        <translation>Ein Name für die Sammlung, z. B. Gesperrte Scanner</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>R&amp;ule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>Zie&amp;le</translation>
    </message>
    <message>
        <source>Pr&amp;otected</source>
        <translation>&amp;Geschützt</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Typed entries and their problems</source>
        <translation>Eingegebene Einträge und ihre Probleme</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>10.0.0.1, 198.51.100.0/24, 203.0.113.5-203.0.113.9, 2001:db8::/32</source>
        <translation>10.0.0.1, 198.51.100.0/24, 203.0.113.5-203.0.113.9, 2001:db8::/32</translation>
    </message>
    <message>
        <source>Add entr&amp;y</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Paste or &amp;import…</source>
        <translation>Einfügen oder &amp;importieren…</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Auswahl entfer&amp;nen</translation>
    </message>
    <message>
        <source>Sources read at each export</source>
        <translation>Bei jedem Export gelesene Quellen</translation>
    </message>
    <message>
        <source>File path or URL</source>
        <translation>Dateipfad oder URL</translation>
    </message>
    <message>
        <source>/path/to/list.txt or https://example.org/blocklist.txt</source>
        <translation>/path/to/list.txt oder https://example.org/blocklist.txt</translation>
    </message>
    <message>
        <source>Add &amp;file or URL</source>
        <translation>&amp;Datei oder URL hinzufügen</translation>
    </message>
    <message>
        <source>IOC sources to read (none checked: every source)</source>
        <translation>Zu lesende IOC-Quellen (keine ausgewählt: alle Quellen)</translation>
    </message>
    <message>
        <source>Business rule the IOCs pass</source>
        <translation>Geschäftsregel, die die IOCs erfüllen</translation>
    </message>
    <message>
        <source>Add &amp;IOC source</source>
        <translation>IOC-Q&amp;uelle hinzufügen</translation>
    </message>
    <message>
        <source>Besides the typed entries, the collection reads these at each export:</source>
        <translation>Neben den eingegebenen Einträgen liest die Sammlung bei jedem Export diese:</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 IOCs of these sources (none checked: every source), through this business rule:</source>
        <translation>IPv4- und IPv6-IOCs dieser Quellen (keine ausgewählt: alle Quellen), über diese Geschäftsregel:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>The collection&apos;s name</source>
        <translation>Der Name der Sammlung</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>Regelbeschreibung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>OS type %1</source>
        <translation>Betriebssystem %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Entries per rule at most</source>
        <translation>Höchstens Einträge pro Regel</translation>
    </message>
    <message>
        <source>Aggregate into CIDR &amp;blocks</source>
        <translation>Zu CIDR-&amp;Blöcken zusammenfassen</translation>
    </message>
    <message>
        <source>Adjacent addresses and blocks become fewer, larger blocks (on by default for Block rules).</source>
        <translation>Benachbarte Adressen und Blöcke werden zu weniger, größeren Blöcken (bei Block-Regeln standardmäßig aktiv).</translation>
    </message>
    <message>
        <source>Private ranges ma&amp;y be blocked</source>
        <translation>Private Bereiche dürfen gesperrt &amp;werden</translation>
    </message>
    <message>
        <source>&amp;Include in the scheduled runs</source>
        <translation>In geplante Läufe &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Rule name:</source>
        <translation>Regelname:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>OS types (none: all):</source>
        <translation>Betriebssysteme (keine: alle):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Entries per rule:</source>
        <translation>Einträge pro Regel:</translation>
    </message>
    <message>
        <source>Never blocked, whatever the collection holds: loopback (127.0.0.0/8, ::1), link-local (169.254.0.0/16, fe80::/10), multicast (224.0.0.0/4, ff00::/8), this network (0.0.0.0/8, ::), the limited broadcast 255.255.255.255, the addresses of the SentinelOne console and of OpenCTI, and unless the Rule tab allows it the private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7). An entry overlapping one of them is left out whole; the plan names it.</source>
        <translation>Nie gesperrt, unabhängig vom Inhalt der Sammlung: Loopback (127.0.0.0/8, ::1), Link-Local (169.254.0.0/16, fe80::/10), Multicast (224.0.0.0/4, ff00::/8), dieses Netzwerk (0.0.0.0/8, ::), der eingeschränkte Broadcast 255.255.255.255, die Adressen der SentinelOne-Konsole und von OpenCTI sowie, sofern der Reiter „Regel“ es nicht erlaubt, die privaten Bereiche (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7). Ein Eintrag, der sich mit einem davon überschneidet, wird vollständig ausgelassen; der Plan nennt ihn.</translation>
    </message>
    <message>
        <source>Your own networks, never blocked</source>
        <translation>Ihre eigenen Netzwerke, nie gesperrt</translation>
    </message>
    <message>
        <source>Network to protect</source>
        <translation>Zu schützendes Netzwerk</translation>
    </message>
    <message>
        <source>203.0.113.0/24 # office</source>
        <translation>203.0.113.0/24 # Büro</translation>
    </message>
    <message>
        <source>Your own networks (never blocked either):</source>
        <translation>Ihre eigenen Netzwerke (ebenfalls nie gesperrt):</translation>
    </message>
    <message>
        <source>(no rule: every IPv4 and IPv6 IOC)</source>
        <translation>(keine Regel: alle IPv4- und IPv6-IOCs)</translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation>Geschützt: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The collection was not saved: correct the problems named below.</source>
        <translation>Die Sammlung wurde nicht gespeichert. Beheben Sie die unten genannten Probleme.</translation>
    </message>
    <message>
        <source>Saved the collection &quot;%1&quot;.</source>
        <translation>Die Sammlung „%1“ wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) added: Save stores them.</source>
        <translation>
            <numerusform>%Ln Eintrag hinzugefügt: „Speichern“ übernimmt ihn.</numerusform>
            <numerusform>%Ln Einträge hinzugefügt: „Speichern“ übernimmt sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionListModel</name>
    <message>
        <source>never exported</source>
        <translation>nie exportiert</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>last export failed</source>
        <translation>letzter Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Letzter Export</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>More log output on stderr: -v what the jobs do, -vv (or -v -v) every request.</source>
        <translation>Mehr Protokollausgabe auf stderr: -v was die Aufträge tun, -vv (oder -v -v) jede Anfrage.</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME (its tokens from the keychain).</source>
        <translation>Das gespeicherte Profil NAME verwenden (seine Tokens aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Read the API token from FILE (&apos;-&apos; for stdin; at most 64 KiB).</source>
        <translation>Das API-Token aus FILE lesen (&apos;-&apos; für stdin; höchstens 64 KiB).</translation>
    </message>
    <message>
        <source>Console URL (instead of S1_URL).</source>
        <translation>Konsolen-URL (anstelle von S1_URL).</translation>
    </message>
    <message>
        <source>Account ID (instead of S1_ACCOUNT_ID).</source>
        <translation>Konto-ID (anstelle von S1_ACCOUNT_ID).</translation>
    </message>
    <message>
        <source>Attempts per request (instead of MAX_API_ATTEMPTS).</source>
        <translation>Versuche pro Anfrage (anstelle von MAX_API_ATTEMPTS).</translation>
    </message>
    <message>
        <source>Flag note text (instead of SIGN).</source>
        <translation>Text der Markierungsnotiz (anstelle von SIGN).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer, per request (default 60).</source>
        <translation>Sekunden, die pro Anfrage auf eine Antwort gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <source>Unknown option %1 (before the command only the global options may be given; a command&apos;s own options go after it).</source>
        <translation>Unbekannte Option %1 (vor dem Befehl dürfen nur die globalen Optionen stehen; die eigenen Optionen eines Befehls folgen nach ihm).</translation>
    </message>
    <message>
        <source>Unknown option %1 for &apos;%2&apos;.</source>
        <translation>Unbekannte Option %1 für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Configuration: --profile NAME uses a saved profile (its tokens from the keychain; when the
keychain has none, from S1_API_KEY). Without --profile, the environment, as the public
OpenCTI connector uses it:
  S1_URL            console URL, e.g. https://yourcompany.sentinelone.net
  S1_API_KEY        API token (never on the command line; or --api-key-file FILE, at most 64 KiB)
  S1_ACCOUNT_ID     account to work in (optional)
  MAX_API_ATTEMPTS  attempts per request, default 5
  SIGN              flag note text, default [OpenCTI_add]
  OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID, CONNECTOR_NAME, CONNECTOR_DURATION_PERIOD
                    the OpenCTI side, for opencti commands (a profile has them built in)
Every generation of the connector&apos;s names works, as &apos;profiles import&apos; reads them:
SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY, _ACCOUNT_ID, _MAX_API_ATTEMPTS, _SIGN,
_IMPORT_START_DATE, and the older SENTINELONE_URL ...; when two names of a setting are set, the
newest wins (with a warning). An empty variable counts as unset.
Options (--url, --account, --max-attempts, --sign, --api-key-file) override both.

Verbosity: -v shows what the jobs do, -vv (or -v -v) every request; never a token. run also takes
the connector&apos;s levels, -v 1|2|3 or --verbosity 1|2|3 (1 warnings, 2 as -v, 3 as -vv): a level
given that way wins over -v flags; of several levels, the last one given counts.

Exit codes:
    0  success
    2  usage or configuration error (also: unknown or duplicate profile)
    3  the console refused the token, or the token lacks rights
    4  API or network failure after every retry (also: some items failed)
    5  local failure: the database, the settings file, the keychain or a log file cannot be
       read or written (the message names it)
  130  interrupted by SIGINT or SIGTERM before the command finished
</source>
        <translation>Konfiguration: --profile NAME verwendet ein gespeichertes Profil (seine Tokens aus dem Schlüsselbund; wenn der
Schlüsselbund keine enthält, aus S1_API_KEY). Ohne --profile die Umgebung, wie der öffentliche
OpenCTI-Connector sie verwendet:
  S1_URL            Konsolen-URL, z. B. https://yourcompany.sentinelone.net
  S1_API_KEY        API-Token (nie auf der Befehlszeile; oder --api-key-file FILE, höchstens 64 KiB)
  S1_ACCOUNT_ID     Konto, in dem gearbeitet wird (optional)
  MAX_API_ATTEMPTS  Versuche pro Anfrage, Standard 5
  SIGN              Text der Markierungsnotiz, Standard [OpenCTI_add]
  OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID, CONNECTOR_NAME, CONNECTOR_DURATION_PERIOD
                    die OpenCTI-Seite, für opencti-Befehle (ein Profil enthält sie bereits)
Jede Generation der Variablennamen des Connectors funktioniert, so wie &apos;profiles import&apos; sie liest:
SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY, _ACCOUNT_ID, _MAX_API_ATTEMPTS, _SIGN,
_IMPORT_START_DATE und die älteren SENTINELONE_URL ...; wenn zwei Namen einer Einstellung gesetzt sind,
gewinnt der neueste (mit einer Warnung). Eine leere Variable gilt als nicht gesetzt.
Optionen (--url, --account, --max-attempts, --sign, --api-key-file) haben Vorrang vor beidem.

Ausführlichkeit: -v zeigt, was die Aufträge tun, -vv (oder -v -v) jede Anfrage; nie ein Token. run akzeptiert
auch die Stufen des Connectors, -v 1|2|3 oder --verbosity 1|2|3 (1 Warnungen, 2 wie -v, 3 wie -vv): Eine so
angegebene Stufe hat Vorrang vor -v-Schaltern; bei mehreren Stufen zählt die zuletzt angegebene.

Exit-Codes:
    0  Erfolg
    2  Aufruf- oder Konfigurationsfehler (auch: unbekanntes oder doppeltes Profil)
    3  die Konsole hat das Token abgelehnt, oder dem Token fehlen Rechte
    4  API- oder Netzwerkfehler nach allen Wiederholungen (auch: einige Elemente sind fehlgeschlagen)
    5  lokaler Fehler: die Datenbank, die Einstellungsdatei, der Schlüsselbund oder eine Protokolldatei kann
       nicht gelesen oder geschrieben werden (die Meldung nennt sie)
  130  durch SIGINT oder SIGTERM unterbrochen, bevor der Befehl beendet war
</translation>
    </message>
    <message>
        <source>Usage: s1bridge-cli [global options] COMMAND [SUBCOMMAND] [arguments] [options]

Runs S1 Bridge&apos;s SentinelOne jobs without a window, e.g. from cron.

Commands:
</source>
        <translation>Aufruf: s1bridge-cli [globale Optionen] COMMAND [SUBCOMMAND] [Argumente] [Optionen]

Führt die SentinelOne-Aufträge von S1 Bridge ohne Fenster aus, z. B. über cron.

Befehle:
</translation>
    </message>
    <message>
        <source>
Each command has its own options: &apos;s1bridge-cli COMMAND [SUBCOMMAND] --help&apos; lists them,
e.g. &apos;s1bridge-cli threats list --help&apos;. An option a command does not take is an error (exit 2).

</source>
        <translation>
Jeder Befehl hat eigene Optionen: &apos;s1bridge-cli COMMAND [SUBCOMMAND] --help&apos; listet sie auf,
z. B. &apos;s1bridge-cli threats list --help&apos;. Eine Option, die ein Befehl nicht akzeptiert, ist ein Fehler (Exit-Code 2).

</translation>
    </message>
    <message>
        <source>
Global options (before or after the command, where it takes them):
</source>
        <translation>
Globale Optionen (vor oder nach dem Befehl, sofern er sie akzeptiert):
</translation>
    </message>
    <message>
        <source>Usage: s1bridge-cli %1 [options]</source>
        <translation>Aufruf: s1bridge-cli %1 [Optionen]</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 2 usage or configuration, 3 token refused, 4 API failure, 5 local failure,
130 interrupted (&apos;s1bridge-cli --help&apos; explains them).
</source>
        <translation>
Exit-Codes: 0 Erfolg, 2 Aufruf oder Konfiguration, 3 Token abgelehnt, 4 API-Fehler, 5 lokaler Fehler,
130 unterbrochen (&apos;s1bridge-cli --help&apos; erklärt sie).
</translation>
    </message>
    <message>
        <source>Usage: s1bridge-cli %1 SUBCOMMAND [arguments] [options]

%2

Subcommands:
</source>
        <translation>Aufruf: s1bridge-cli %1 SUBCOMMAND [Argumente] [Optionen]

%2

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
&apos;s1bridge-cli %1 SUBCOMMAND --help&apos; lists the options of a subcommand.
</source>
        <translation>
&apos;s1bridge-cli %1 SUBCOMMAND --help&apos; listet die Optionen eines Unterbefehls auf.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>&apos;%1&apos; braucht einen Unterbefehl: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; &apos;%1&apos; has: %3</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;; &apos;%1&apos; hat: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, not &quot;%2&quot;</source>
        <translation>&apos;%1&apos; akzeptiert keine Argumente, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2</source>
        <translation>&apos;%1&apos; erwartet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2, not &quot;%3&quot;</source>
        <translation>&apos;%1&apos; erwartet %2, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>unbekannter Befehl &quot;%1&quot;; die Befehle sind: %2</translation>
    </message>
    <message>
        <source>Seconds one answer may take in all, however slowly it comes, per attempt (default 300).</source>
        <translation>Sekunden, die eine Antwort insgesamt dauern darf, wie langsam sie auch eintrifft, je Versuch (Standard 300).</translation>
    </message>
</context>
<context>
    <name>ConnectorConfigImport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: expected KEY=VALUE (or a # comment).</source>
        <translation>%1: KEY=VALUE erwartet (oder ein #-Kommentar).</translation>
    </message>
    <message>
        <source>%1: the quoted value of %2 has no closing %3.</source>
        <translation>%1: Dem Wert von %2 in Anführungszeichen fehlt das schließende %3.</translation>
    </message>
    <message>
        <source>%1: unexpected text after the quoted value of %2.</source>
        <translation>%1: unerwarteter Text nach dem Wert von %2 in Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2</source>
        <translation>%1: kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: expected a YAML mapping (key: value) at the top.</source>
        <translation>%1: Auf oberster Ebene wird eine YAML-Zuordnung (key: value) erwartet.</translation>
    </message>
    <message>
        <source>%1: an environment entry must be KEY=VALUE.</source>
        <translation>%1: Ein environment-Eintrag muss KEY=VALUE sein.</translation>
    </message>
    <message>
        <source>%1: the value of %2 must be a single value.</source>
        <translation>%1: Der Wert von %2 muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>%1: environment must be a list of KEY=VALUE or a map.</source>
        <translation>%1: environment muss eine Liste von KEY=VALUE oder eine Zuordnung sein.</translation>
    </message>
    <message>
        <source>%1: not a docker-compose file: there is no &quot;services&quot; section.</source>
        <translation>%1: keine docker-compose-Datei: Es gibt keinen Abschnitt &quot;services&quot;.</translation>
    </message>
    <message>
        <source>Service %1 also reads variables from %2 (env_file), which this import does not open; import that file as well if it holds settings.</source>
        <translation>Der Dienst %1 liest auch Variablen aus %2 (env_file), die dieser Import nicht öffnet; importieren Sie diese Datei ebenfalls, falls sie Einstellungen enthält.</translation>
    </message>
    <message>
        <source>%1: no service sets the SentinelOne connector&apos;s variables (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY ...).</source>
        <translation>%1: Kein Dienst setzt die Variablen des SentinelOne-Connectors (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY ...).</translation>
    </message>
    <message>
        <source>Several services configure SentinelOne (%1); the settings of %2 were imported.</source>
        <translation>Mehrere Dienste konfigurieren SentinelOne (%1); die Einstellungen von %2 wurden importiert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a section of key: value lines.</source>
        <translation>%1: &quot;%2&quot; muss ein Abschnitt aus key: value-Zeilen sein.</translation>
    </message>
    <message>
        <source>the OpenCTI URL</source>
        <translation>die OpenCTI-URL</translation>
    </message>
    <message>
        <source>the OpenCTI token</source>
        <translation>das OpenCTI-Token</translation>
    </message>
    <message>
        <source>the connector ID</source>
        <translation>die Connector-ID</translation>
    </message>
    <message>
        <source>the connector name</source>
        <translation>der Connector-Name</translation>
    </message>
    <message>
        <source>the connector scope</source>
        <translation>der Connector-Bereich</translation>
    </message>
    <message>
        <source>the log level</source>
        <translation>die Protokollstufe</translation>
    </message>
    <message>
        <source>the sync period</source>
        <translation>das Synchronisierungsintervall</translation>
    </message>
    <message>
        <source>the console URL</source>
        <translation>die Konsolen-URL</translation>
    </message>
    <message>
        <source>the SentinelOne API token</source>
        <translation>das SentinelOne-API-Token</translation>
    </message>
    <message>
        <source>the account ID</source>
        <translation>die Konto-ID</translation>
    </message>
    <message>
        <source>the maximum API attempts</source>
        <translation>die maximalen API-Versuche</translation>
    </message>
    <message>
        <source>the flag note text</source>
        <translation>der Text der Markierungsnotiz</translation>
    </message>
    <message>
        <source>the import start date</source>
        <translation>das Startdatum des Imports</translation>
    </message>
    <message>
        <source>%1 and %2 both set %3; %4 was used.</source>
        <translation>%1 und %2 setzen beide %3; %4 wurde verwendet.</translation>
    </message>
    <message>
        <source>%1 has no value in the file (docker compose would take it from the environment); %2 was not imported.</source>
        <translation>%1 hat in der Datei keinen Wert (docker compose würde ihn aus der Umgebung nehmen); %2 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>%1 is a ${VARIABLE} placeholder that docker compose fills in from the environment or a .env file; %2 was not imported. Import the .env file too.</source>
        <translation>%1 ist ein ${VARIABLE}-Platzhalter, den docker compose aus der Umgebung oder einer .env-Datei füllt; %2 wurde nicht importiert. Importieren Sie auch die .env-Datei.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, a placeholder that docker compose fills in from the environment or a .env file; %3 was not imported. Import the .env file too.</source>
        <translation>%1 ist &quot;%2&quot;, ein Platzhalter, den docker compose aus der Umgebung oder einer .env-Datei füllt; %3 wurde nicht importiert. Importieren Sie auch die .env-Datei.</translation>
    </message>
    <message>
        <source>%1 still has the sample value ChangeMe; %2 was not imported.</source>
        <translation>%1 hat noch den Beispielwert ChangeMe; %2 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>%1 is empty; %2 was not imported.</source>
        <translation>%1 ist leer; %2 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>%1 holds %2, which %3 cannot hold; use plain text on one line.</source>
        <translation>%1 enthält %2, was %3 nicht enthalten kann; verwenden Sie einfachen Text in einer Zeile.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be used: %3</source>
        <translation>%1: &quot;%2&quot; kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to 100; the default %3 is used.</source>
        <translation>%1: &quot;%2&quot; ist keine ganze Zahl von 1 bis 100; der Standardwert %3 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: %2 The default %3 is used.</source>
        <translation>%1: %2 Der Standardwert %3 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: threats are imported from the start of %2 (UTC); the time of day %3 is not kept.</source>
        <translation>%1: Bedrohungen werden ab dem Beginn des %2 (UTC) importiert; die Uhrzeit %3 wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 2026-01-01T00:00:00Z; only flagged threats are imported.</source>
        <translation>%1: &quot;%2&quot; ist kein Datum wie 2026-01-01T00:00:00Z; es werden nur markierte Bedrohungen importiert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) address; the OpenCTI import stays off.</source>
        <translation>%1: &quot;%2&quot; ist keine http(s)-Adresse; der OpenCTI-Import bleibt ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID; a new connector ID was generated.</source>
        <translation>%1: &quot;%2&quot; ist keine UUID; eine neue Connector-ID wurde erzeugt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a log level (debug, info, warn, error); %3 is used.</source>
        <translation>%1: &quot;%2&quot; ist keine Protokollstufe (debug, info, warn, error); %3 wird verwendet.</translation>
    </message>
    <message>
        <source>Imported connector</source>
        <translation>Importierter Connector</translation>
    </message>
    <message>
        <source>No usable console URL was found (S1_URL or SENTINELONE_INCIDENTS_URL); enter it before saving.</source>
        <translation>Es wurde keine verwendbare Konsolen-URL gefunden (S1_URL oder SENTINELONE_INCIDENTS_URL). Geben Sie sie vor dem Speichern ein.</translation>
    </message>
    <message>
        <source>No usable SentinelOne API token was found (S1_API_KEY or SENTINELONE_INCIDENTS_API_KEY); enter it before connecting.</source>
        <translation>Es wurde kein verwendbares SentinelOne-API-Token gefunden (S1_API_KEY oder SENTINELONE_INCIDENTS_API_KEY). Geben Sie es vor dem Verbinden ein.</translation>
    </message>
    <message>
        <source>%1: no SentinelOne settings found (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY, or a sentinelone_incidents section); is this the connector&apos;s configuration?</source>
        <translation>%1: keine SentinelOne-Einstellungen gefunden (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY oder ein Abschnitt sentinelone_incidents); ist dies die Konfiguration des Connectors?</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too large for a connector configuration (more than 1 MiB).</source>
        <translation>%1: zu groß für eine Connector-Konfiguration (mehr als 1 MiB).</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>die Umgebung</translation>
    </message>
</context>
<context>
    <name>ConsoleConfig</name>
    <message>
        <source>Console URL</source>
        <translation>Konsolen-URL</translation>
    </message>
    <message>
        <source>enter the address of your SentinelOne console, for example https://yourcompany.sentinelone.net.</source>
        <translation>Geben Sie die Adresse Ihrer SentinelOne-Konsole ein, zum Beispiel https://yourcompany.sentinelone.net.</translation>
    </message>
    <message>
        <source>API token: paste the token generated in the console (it is shown only once).</source>
        <translation>API-Token: Fügen Sie das in der Konsole erzeugte Token ein (es wird nur einmal angezeigt).</translation>
    </message>
    <message>
        <source>API token: the token contains spaces or characters a SentinelOne token never has; paste it again, without line breaks.</source>
        <translation>API-Token: Das Token enthält Leerzeichen oder Zeichen, die ein SentinelOne-Token nie enthält. Fügen Sie es erneut ein, ohne Zeilenumbrüche.</translation>
    </message>
</context>
<context>
    <name>ConsoleScopeLists</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The console&apos;s sites could not be listed: %1</source>
        <translation>Die Sites der Konsole konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The console&apos;s groups could not be listed: %1</source>
        <translation>Die Gruppen der Konsole konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleUrlPage</name>
    <message>
        <source>This address uses http://: the API token would travel over the network unencrypted, readable by anyone on the way. Use https:// unless the console is on a network you trust.</source>
        <translation>Diese Adresse verwendet http://: Das API-Token würde unverschlüsselt über das Netzwerk übertragen und wäre für jeden auf dem Weg lesbar. Verwenden Sie https://, sofern sich die Konsole nicht in einem Netzwerk befindet, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Send the token &amp;unencrypted (http://)</source>
        <translation>Token &amp;unverschlüsselt senden (http://)</translation>
    </message>
    <message>
        <source>A trailing slash or a missing https:// is fine. Next checks that the address answers like a SentinelOne console.</source>
        <translation>Ein abschließender Schrägstrich oder ein fehlendes https:// ist kein Problem. „Weiter“ prüft, ob die Adresse wie eine SentinelOne-Konsole antwortet.</translation>
    </message>
    <message>
        <source>S1 Bridge will use %1</source>
        <translation>S1 Bridge wird %1 verwenden</translation>
    </message>
    <message>
        <source>%1 presents a certificate that this computer does not trust. If it is your console&apos;s own certificate (a private certificate authority or a self-signed one), compare its SHA-256 fingerprint with the one your administrator gives you, then choose Trust this certificate:
%2</source>
        <translation>%1 legt ein Zertifikat vor, dem dieser Computer nicht vertraut. Wenn es das eigene Zertifikat Ihrer Konsole ist (einer privaten Zertifizierungsstelle oder selbstsigniert), vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den Ihr Administrator Ihnen nennt, und wählen Sie dann „Diesem Zertifikat vertrauen“:
%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given: pass the path of the S1 Bridge database file.</source>
        <translation>Es wurde keine Datenbankdatei angegeben. Geben Sie den Pfad der S1 Bridge-Datenbankdatei an.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed, so S1 Bridge cannot keep its state in %1. Install it (on Debian and Ubuntu: the package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert, daher kann S1 Bridge seinen Zustand nicht in %1 speichern. Installieren Sie ihn (unter Debian und Ubuntu: das Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database path %1 is a folder; give the path of a file (it is created if missing).</source>
        <translation>Der Datenbankpfad %1 ist ein Ordner. Geben Sie den Pfad einer Datei an (sie wird erstellt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: check that the path is right and that you may write there.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht erstellt werden. Prüfen Sie, ob der Pfad stimmt und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) cannot be loaded, so S1 Bridge cannot open %1. Install it (on Debian and Ubuntu: the package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) kann nicht geladen werden, daher kann S1 Bridge %1 nicht öffnen. Installieren Sie ihn (unter Debian und Ubuntu: das Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer S1 Bridge (schema version %2; this one understands version %3 and older). Update S1 Bridge to use it, or start this version with another database file.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von S1 Bridge geschrieben (Schemaversion %2; diese versteht Version %3 und älter). Aktualisieren Sie S1 Bridge, um sie zu verwenden, oder starten Sie diese Version mit einer anderen Datenbankdatei.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program (it has no S1 Bridge schema version). Give S1 Bridge another file, or move this one away.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank eines anderen Programms (sie hat keine S1 Bridge-Schemaversion). Geben Sie S1 Bridge eine andere Datei, oder verschieben Sie diese.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema version %1: %2</source>
        <translation>Die Datenbank kann nicht auf Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The changes to the database %1 were not saved (the operation failed and was undone); nothing was half-written.</source>
        <translation>Die Änderungen an der Datenbank %1 wurden nicht gespeichert (der Vorgang ist fehlgeschlagen und wurde rückgängig gemacht); nichts wurde halb geschrieben.</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2). Check that its folder exists and that you may read and write the file and the folder.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden (%2). Prüfen Sie, ob ihr Ordner existiert und ob Sie die Datei und den Ordner lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1 (%2). Check that you may write to the file and its folder, and that the disk is not mounted read-only.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden (%2). Prüfen Sie, ob Sie in die Datei und ihren Ordner schreiben dürfen und ob der Datenträger nicht schreibgeschützt eingehängt ist.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another S1 Bridge window or command kept it locked for more than %2 seconds (%3). Try again when it has finished.</source>
        <translation>Die Datenbank %1 ist belegt: Ein anderes S1 Bridge-Fenster oder ein anderer Befehl hat sie länger als %2 Sekunden gesperrt (%3). Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Database error in %1: %2. If this persists, report it with this message.</source>
        <translation>Datenbankfehler in %1: %2. Wenn dies weiterhin auftritt, melden Sie es mit dieser Meldung.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written. Give your user write access to it, or choose another data folder by setting XDG_DATA_HOME.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden. Geben Sie Ihrem Benutzer Schreibrechte darauf, oder wählen Sie mit XDG_DATA_HOME einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Before upgrading the database %1 to schema version %2, S1 Bridge copies it to %3, and the copy failed: %4 The database was not changed.</source>
        <translation>Bevor S1 Bridge die Datenbank %1 auf Schemaversion %2 aktualisiert, kopiert es sie nach %3, und diese Kopie ist fehlgeschlagen: %4 Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>%1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the folder %2 is read-only (SQLite keeps its journal files next to the database). Give your user write access to %2, or choose another data folder by setting XDG_DATA_HOME to a folder you may write.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: Der Ordner %2 ist schreibgeschützt (SQLite legt seine Journaldateien neben der Datenbank ab). Geben Sie Ihrem Benutzer Schreibrechte auf %2, oder wählen Sie mit XDG_DATA_HOME einen anderen Datenordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: your user has no read access to it. Give your user read and write access to the file, or choose another data folder by setting XDG_DATA_HOME.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: Ihr Benutzer hat keine Leserechte darauf. Geben Sie Ihrem Benutzer Lese- und Schreibrechte auf die Datei, oder wählen Sie mit XDG_DATA_HOME einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file is read-only. Give your user write access to it, or choose another data folder by setting XDG_DATA_HOME.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: Die Datei ist schreibgeschützt. Geben Sie Ihrem Benutzer Schreibrechte darauf, oder wählen Sie mit XDG_DATA_HOME einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The file %1 is not an S1 Bridge database or is damaged (%2). S1 Bridge leaves it as it is. Move it away (S1 Bridge then creates a new one) or restore it from a backup, such as the copy taken before the last upgrade: %3.</source>
        <translation>Die Datei %1 ist keine S1-Bridge-Datenbank oder ist beschädigt (%2). S1 Bridge lässt sie unverändert. Verschieben Sie sie (S1 Bridge legt dann eine neue an) oder stellen Sie sie aus einer Sicherung wieder her, etwa aus der Kopie vor der letzten Aktualisierung: %3.</translation>
    </message>
    <message>
        <source>The file %1 is not an S1 Bridge database or is damaged (%2). S1 Bridge leaves it as it is. Move it away (S1 Bridge then creates a new one) or restore it from a backup.</source>
        <translation>Die Datei %1 ist keine S1-Bridge-Datenbank oder ist beschädigt (%2). S1 Bridge lässt sie unverändert. Verschieben Sie sie (S1 Bridge legt dann eine neue an) oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the disk is full (%2). Free some space and try again; the database keeps its last saved state.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: Der Datenträger ist voll (%2). Schaffen Sie Platz und versuchen Sie es erneut; die Datenbank behält ihren zuletzt gespeicherten Stand.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the disk is full or a limit on the size of files was reached (%2). Free some space (or raise the limit) and try again; the database keeps its last saved state.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: Der Datenträger ist voll oder eine Grenze für die Dateigröße wurde erreicht (%2). Schaffen Sie Platz (oder heben Sie die Grenze an) und versuchen Sie es erneut; die Datenbank behält ihren zuletzt gespeicherten Stand.</translation>
    </message>
    <message>
        <source>Cannot read or write the database %1: input/output error (%2). Check the disk (is it full, or was it removed?), then try again; the database keeps its last saved state.</source>
        <translation>Die Datenbank %1 kann nicht gelesen oder geschrieben werden: Ein-/Ausgabefehler (%2). Prüfen Sie den Datenträger (ist er voll oder wurde er entfernt?) und versuchen Sie es erneut; die Datenbank behält ihren zuletzt gespeicherten Stand.</translation>
    </message>
</context>
<context>
    <name>DemoPresets</name>
    <message>
        <source>The demo feed folder %1 could not be created.</source>
        <translation>Der Ordner %1 für den Demo-Feed konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The demo feed %1 could not be written: %2</source>
        <translation>Der Demo-Feed %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The demo console listed no account: no IOC sharing presets were created.</source>
        <translation>Die Demo-Konsole hat kein Konto aufgelistet: Es wurden keine Voreinstellungen für das Teilen von IOCs erstellt.</translation>
    </message>
    <message>
        <source>Demo console threats</source>
        <translation>Bedrohungen der Demo-Konsole</translation>
    </message>
    <message>
        <source>Demo blocklist</source>
        <translation>Demo-Sperrliste</translation>
    </message>
    <message>
        <source>Hashes, URLs and addresses, not ours</source>
        <translation>Hashes, URLs und Adressen, nicht unsere</translation>
    </message>
    <message>
        <source>Demo threats to the console</source>
        <translation>Demo-Bedrohungen an die Konsole</translation>
    </message>
    <message>
        <source>Demo indicators to OpenCTI</source>
        <translation>Demo-Indikatoren an OpenCTI</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Einheit des Zeitraums</translation>
    </message>
    <message>
        <source>%1 (ISO 8601: %2)</source>
        <translation>%1 (ISO 8601: %2)</translation>
    </message>
</context>
<context>
    <name>EntryImportDialog</name>
    <message>
        <source>Paste or import entries</source>
        <translation>Einträge einfügen oder importieren</translation>
    </message>
    <message>
        <source>Entries to import</source>
        <translation>Zu importierende Einträge</translation>
    </message>
    <message>
        <source>Paste addresses, CIDR blocks or ranges: one per line, or a CSV with an address column. # starts a comment.</source>
        <translation>Fügen Sie Adressen, CIDR-Blöcke oder Bereiche ein: einen pro Zeile oder eine CSV mit einer Adressspalte. # leitet einen Kommentar ein.</translation>
    </message>
    <message>
        <source>File to read</source>
        <translation>Zu lesende Datei</translation>
    </message>
    <message>
        <source>A text or CSV file</source>
        <translation>Eine Text- oder CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>Datei &amp;lesen</translation>
    </message>
    <message>
        <source>Entries that will be added</source>
        <translation>Einträge, die hinzugefügt werden</translation>
    </message>
    <message>
        <source>Refused lines and their reasons</source>
        <translation>Abgelehnte Zeilen und ihre Gründe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Will be added:</source>
        <translation>Wird hinzugefügt:</translation>
    </message>
    <message>
        <source>Refused (nothing of these is stored):</source>
        <translation>Abgelehnt (nichts davon wird gespeichert):</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Choose a readable text or CSV file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine lesbare Text- oder CSV-Datei.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>%1 is larger than %L2 MB: split it, or add it as a source read at each export.</source>
        <translation>%1 ist größer als %L2 MB. Teilen Sie sie auf, oder fügen Sie sie als Quelle hinzu, die bei jedem Export gelesen wird.</translation>
    </message>
    <message>
        <source>Import entries from a file</source>
        <translation>Einträge aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv *.tsv *.list)</source>
        <translation>Text- und CSV-Dateien (*.txt *.csv *.tsv *.list)</translation>
    </message>
    <message>
        <source>Every file (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… und %L1 weitere</translation>
    </message>
    <message>
        <source>Accepted, changed: %1</source>
        <translation>Angenommen, geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) will be added</source>
        <translation>
            <numerusform>%Ln Eintrag wird hinzugefügt</numerusform>
            <numerusform>%Ln Einträge werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the collection</source>
        <translation>
            <numerusform>%Ln bereits in der Sammlung</numerusform>
            <numerusform>%Ln bereits in der Sammlung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt</numerusform>
            <numerusform>%Ln Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag &amp;hinzufügen</numerusform>
            <numerusform>%Ln Einträge &amp;hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FeedSourceEditor</name>
    <message>
        <source>Cannot read it: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Format: %1. %n value(s) read, </source>
        <translation>
            <numerusform>Format: %1. %n Wert gelesen, </numerusform>
            <numerusform>Format: %1. %n Werte gelesen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>First values:</source>
        <translation>Erste Werte:</translation>
    </message>
    <message>
        <source>Refused lines:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation>  Zeile %1: %2 (%3)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>A URL (http or https)</source>
        <translation>Eine URL (http oder https)</translation>
    </message>
    <message>
        <source>A local file</source>
        <translation>Eine lokale Datei</translation>
    </message>
    <message>
        <source>https://feeds.example.com/iocs.txt</source>
        <translation>https://feeds.example.com/iocs.txt</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Text, one value a line</source>
        <translation>Text, ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation>STIX 2.1-Bundle</translation>
    </message>
    <message>
        <source>Authorization header value, e.g. Bearer &lt;token&gt;</source>
        <translation>Wert des Authorization-Headers, z. B. Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>Preview shows the first %1 values and the refused lines.</source>
        <translation>Die Vorschau zeigt die ersten %1 Werte und die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>Read &amp;from:</source>
        <translation>&amp;Lesen aus:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Cre&amp;dential:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Location: give the feed&apos;s http or https address.</source>
        <translation>Ort: Geben Sie die http- oder https-Adresse des Feeds an.</translation>
    </message>
    <message>
        <source>Location: choose the file to read.</source>
        <translation>Ort: Wählen Sie die zu lesende Datei.</translation>
    </message>
    <message>
        <source>Credential: one line, the Authorization header&apos;s value, e.g. &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Zugangsdaten: eine Zeile, der Wert des Authorization-Headers, z. B. &quot;Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Credential: no keychain is available to keep it; leave it empty.</source>
        <translation>Zugangsdaten: Es ist kein Schlüsselbund verfügbar, um sie aufzubewahren. Lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>/path/to/iocs.csv</source>
        <translation>/path/to/iocs.csv</translation>
    </message>
    <message>
        <source>A file takes no credential.</source>
        <translation>Eine Datei braucht keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>The keychain holds a credential for this feed; type one to replace it.</source>
        <translation>Der Schlüsselbund enthält Zugangsdaten für diesen Feed; geben Sie neue ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Optional; kept in the keychain, sent to this host only.</source>
        <translation>Optional; im Schlüsselbund aufbewahrt, nur an diesen Host gesendet.</translation>
    </message>
    <message>
        <source>Choose a file of IOCs</source>
        <translation>Datei mit IOCs auswählen</translation>
    </message>
    <message>
        <source>IOC files (*.txt *.csv *.json)</source>
        <translation>IOC-Dateien (*.txt *.csv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The feed answered HTTP %1: %2</source>
        <translation>Der Feed antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the feed: %1</source>
        <translation>Der Feed kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FirewallCommand</name>
    <message>
        <source>  create    &quot;%1&quot; (%L2 entries)</source>
        <translation>  anlegen     &quot;%1&quot; (%L2 Einträge)</translation>
    </message>
    <message>
        <source>  update    &quot;%1&quot;: %2 (+%L3 -%L4 entries)</source>
        <translation>  ändern      &quot;%1&quot;: %2 (+%L3 -%L4 Einträge)</translation>
    </message>
    <message>
        <source>  rename    &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>  umbenennen  &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  delete    &quot;%1&quot;</source>
        <translation>  löschen     &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  unchanged &quot;%1&quot; (%L2 entries)</source>
        <translation>  unverändert &quot;%1&quot; (%L2 Einträge)</translation>
    </message>
    <message>
        <source>  conflict  &quot;%1&quot;: %2</source>
        <translation>  Konflikt    &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>IP collections exported as SentinelOne firewall-control rules.</source>
        <translation>IP-Sammlungen, als SentinelOne-Firewall-Control-Regeln exportiert.</translation>
    </message>
    <message>
        <source>A site&apos;s ID (repeat for several).</source>
        <translation>Die ID einer Site (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>A group&apos;s ID (repeat for several).</source>
        <translation>Die ID einer Gruppe (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>The IP collections: list, show, delete, import a file or URL, add or remove entries, set the rule template.</source>
        <translation>Die IP-Sammlungen: auflisten, anzeigen, löschen, eine Datei oder URL importieren, Einträge hinzufügen oder entfernen, die Regelvorlage festlegen.</translation>
    </message>
    <message>
        <source>Entries are IPv4 and IPv6 addresses, CIDR blocks and ranges (a-b). import and add create the
collection when it does not exist; refused entries are listed on stderr with their line
numbers and reasons, and nothing of a refused &apos;add&apos; is saved. import --follow keeps the file or
URL as a source re-read at every export instead of copying its entries now.
set takes --rule-name, --description, --action Block|Allow, --direction any|inbound|outbound,
--os windows,linux,..., --status Enabled|Disabled, --max-entries N, --aggregate yes|no,
--allow-private yes|no, --protect ENTRY,... (your own networks, never blocked), --disabled.</source>
        <translation>Einträge sind IPv4- und IPv6-Adressen, CIDR-Blöcke und Bereiche (a-b). import und add legen die
Sammlung an, wenn sie nicht existiert; abgelehnte Einträge werden auf stderr mit ihren
Zeilennummern und Gründen aufgelistet, und von einem abgelehnten &apos;add&apos; wird nichts gespeichert.
import --follow behält die Datei oder URL als Quelle, die bei jedem Export neu gelesen wird,
anstatt ihre Einträge jetzt zu kopieren.
set akzeptiert --rule-name, --description, --action Block|Allow, --direction any|inbound|outbound,
--os windows,linux,..., --status Enabled|Disabled, --max-entries N, --aggregate yes|no,
--allow-private yes|no, --protect ENTRY,... (Ihre eigenen Netzwerke, nie gesperrt), --disabled.</translation>
    </message>
    <message>
        <source>import: keep the file or URL as a source, re-read at every export.</source>
        <translation>import: die Datei oder URL als Quelle behalten, die bei jedem Export neu gelesen wird.</translation>
    </message>
    <message>
        <source>set: the rules&apos; name (default: the collection&apos;s).</source>
        <translation>set: der Name der Regeln (Standard: der der Sammlung).</translation>
    </message>
    <message>
        <source>set: the rules&apos; description.</source>
        <translation>set: die Beschreibung der Regeln.</translation>
    </message>
    <message>
        <source>set: Block (default) or Allow.</source>
        <translation>set: Block (Standard) oder Allow.</translation>
    </message>
    <message>
        <source>set: any (default), inbound or outbound.</source>
        <translation>set: any (Standard), inbound oder outbound.</translation>
    </message>
    <message>
        <source>set: OS types, separated by commas (default: all).</source>
        <translation>set: Betriebssysteme, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>set: Enabled (default) or Disabled.</source>
        <translation>set: Enabled (Standard) oder Disabled.</translation>
    </message>
    <message>
        <source>set: entries per rule (default 5,000).</source>
        <translation>set: Einträge pro Regel (Standard 5.000).</translation>
    </message>
    <message>
        <source>set: collapse adjacent entries into CIDR blocks (yes|no).</source>
        <translation>set: benachbarte Einträge zu CIDR-Blöcken zusammenfassen (yes|no).</translation>
    </message>
    <message>
        <source>set: private ranges may be blocked (yes|no).</source>
        <translation>set: private Bereiche dürfen gesperrt werden (yes|no).</translation>
    </message>
    <message>
        <source>set: your own networks, never blocked, separated by commas.</source>
        <translation>set: Ihre eigenen Netzwerke, nie gesperrt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>set: not exported by &apos;s1bridge-cli run&apos; on its period.</source>
        <translation>set: wird von &apos;s1bridge-cli run&apos; in seinem Intervall nicht exportiert.</translation>
    </message>
    <message>
        <source>What an export would change in each scope (create, update, rename, delete, conflicts).</source>
        <translation>Was ein Export in jedem Bereich ändern würde (anlegen, ändern, umbenennen, löschen, Konflikte).</translation>
    </message>
    <message>
        <source>Take over rules of these names not made by S1 Bridge.</source>
        <translation>Regeln mit diesen Namen übernehmen, die nicht von S1 Bridge angelegt wurden.</translation>
    </message>
    <message>
        <source>Export the collection as firewall rules: change only what differs (recorded in Jobs).</source>
        <translation>Die Sammlung als Firewall-Regeln exportieren: nur ändern, was abweicht (in „Aufträge“ protokolliert).</translation>
    </message>
    <message>
        <source>Scopes: --site ID (repeat), --account ID (the global option: that account), --group ID (repeat).
Without a scope option, the collection&apos;s saved scopes of this profile; scopes given here are
saved with the collection. A killed export resumes: rules sent without a recorded answer are
read back by name, never created twice. Exit 0; 3 token refused; 4 the console failed; 2 usage.</source>
        <translation>Bereiche: --site ID (wiederholbar), --account ID (die globale Option: dieses Konto), --group ID (wiederholbar).
Ohne Bereichsoption die gespeicherten Bereiche der Sammlung in diesem Profil; hier angegebene Bereiche
werden mit der Sammlung gespeichert. Ein abgebrochener Export wird fortgesetzt: Regeln, die ohne
protokollierte Antwort gesendet wurden, werden anhand des Namens zurückgelesen, nie doppelt angelegt.
Exit 0; 3 Token abgelehnt; 4 Konsole fehlgeschlagen; 2 Aufruf.</translation>
    </message>
    <message>
        <source>Change nothing: show the plan.</source>
        <translation>Nichts ändern: den Plan anzeigen.</translation>
    </message>
    <message>
        <source>Delete the rules S1 Bridge made for the collection (in the scopes given, else everywhere).</source>
        <translation>Die Regeln löschen, die S1 Bridge für die Sammlung angelegt hat (in den angegebenen Bereichen, sonst überall).</translation>
    </message>
    <message>
        <source>The console&apos;s firewall rules of a scope (--site, --account or --group).</source>
        <translation>Die Firewall-Regeln der Konsole in einem Bereich (--site, --account oder --group).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;</source>
        <translation>es gibt keine Sammlung namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deleted the collection &quot;%1&quot;.</source>
        <translation>Die Sammlung &quot;%1&quot; wurde gelöscht.</translation>
    </message>
    <message>
        <source>firewall collections: use list, show NAME, delete NAME, import NAME FILE|URL, add NAME ENTRY..., remove NAME ENTRY... or set NAME</source>
        <translation>firewall collections: verwenden Sie list, show NAME, delete NAME, import NAME FILE|URL, add NAME ENTRY..., remove NAME ENTRY... oder set NAME</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>never exported</source>
        <translation>nie exportiert</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGELN</translation>
    </message>
    <message>
        <source>LAST EXPORT</source>
        <translation>LETZTER EXPORT</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Sammlung: %1</translation>
    </message>
    <message>
        <source>Rules: &quot;%1&quot;, %2 %3, OS %4, %5, at most %L6 entries each%7</source>
        <translation>Regeln: &quot;%1&quot;, %2 %3, Betriebssystem %4, %5, höchstens %L6 Einträge pro Regel%7</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>, aggregated</source>
        <translation>, zusammengefasst</translation>
    </message>
    <message>
        <source>Target: %1 (profile %2)</source>
        <translation>Ziel: %1 (Profil %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Typed entries: %L1</source>
        <translation>Eingegebene Einträge: %L1</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; now reads %2 at every export.</source>
        <translation>Die Sammlung &quot;%1&quot; liest jetzt bei jedem Export %2.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2): check the address.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: %L2 entries added, %L3 refused; %L4 in all.</source>
        <translation>%1: %L2 Einträge hinzugefügt, %L3 abgelehnt; insgesamt %L4.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>nothing was changed: correct the entries above</source>
        <translation>nichts wurde geändert: Korrigieren Sie die obigen Einträge</translation>
    </message>
    <message>
        <source>%1: %L2 entries added; %L3 in all.</source>
        <translation>%1: %L2 Einträge hinzugefügt; insgesamt %L3.</translation>
    </message>
    <message>
        <source>%1: %L2 entries removed; %L3 in all.</source>
        <translation>%1: %L2 Einträge entfernt; insgesamt %L3.</translation>
    </message>
    <message>
        <source>--max-entries: &quot;%1&quot; is not a number</source>
        <translation>--max-entries: &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>--aggregate: yes or no, not &quot;%1&quot;</source>
        <translation>--aggregate: yes oder no, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--allow-private: yes or no, not &quot;%1&quot;</source>
        <translation>--allow-private: yes oder no, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--protect: %1</source>
        <translation>--protect: %1</translation>
    </message>
    <message>
        <source>Saved the collection &quot;%1&quot;.</source>
        <translation>Die Sammlung &quot;%1&quot; wurde gespeichert.</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;; &apos;firewall collections list&apos; shows them</source>
        <translation>es gibt keine Sammlung namens &quot;%1&quot;; &apos;firewall collections list&apos; zeigt sie an</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 entries in %Ln rule(s)</source>
        <translation>
            <numerusform>%1: %L2 Einträge in %Ln Regel</numerusform>
            <numerusform>%1: %L2 Einträge in %Ln Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregation saved %L1 entries.</source>
        <translation>Die Zusammenfassung hat %L1 Einträge eingespart.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln change(s)</source>
        <translation>
            <numerusform>%1: %Ln Änderung</numerusform>
            <numerusform>%1: %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>firewall rules: use list with --site ID, --account ID or --group ID</source>
        <translation>firewall rules: verwenden Sie list mit --site ID, --account ID oder --group ID</translation>
    </message>
    <message>
        <source>firewall rules list: give one scope (--site ID, --account ID or --group ID)</source>
        <translation>firewall rules list: Geben Sie einen Bereich an (--site ID, --account ID oder --group ID)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
</context>
<context>
    <name>FirewallPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Ta&amp;ke over same-named rules</source>
        <translation>Gleichnamige Regeln &amp;übernehmen</translation>
    </message>
    <message>
        <source>Firewall collections</source>
        <translation>Firewall-Sammlungen</translation>
    </message>
    <message>
        <source>Start a new collection in the editor</source>
        <translation>Eine neue Sammlung im Editor beginnen</translation>
    </message>
    <message>
        <source>Delete the selected collection (refused while its rules remain: withdraw first)</source>
        <translation>Die ausgewählte Sammlung löschen (abgelehnt, solange ihre Regeln bestehen: zuerst zurückziehen)</translation>
    </message>
    <message>
        <source>Show what an export would change in each target, changing nothing</source>
        <translation>Anzeigen, was ein Export in jedem Ziel ändern würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Export the collection as firewall rules (recorded in Jobs)</source>
        <translation>Die Sammlung als Firewall-Regeln exportieren (in „Aufträge“ protokolliert)</translation>
    </message>
    <message>
        <source>Delete the rules S1 Bridge made for the collection</source>
        <translation>Die Regeln löschen, die S1 Bridge für die Sammlung angelegt hat</translation>
    </message>
    <message>
        <source>Plan and Export take over rules of these names that S1 Bridge did not make (else they are conflicts, left alone)</source>
        <translation>„Planen“ und „Exportieren“ übernehmen Regeln mit diesen Namen, die nicht von S1 Bridge angelegt wurden (sonst sind es Konflikte und bleiben unangetastet)</translation>
    </message>
    <message>
        <source>The database could not be opened: firewall collections cannot be kept. Check the data directory and start S1 Bridge again.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: Firewall-Sammlungen können nicht gespeichert werden. Prüfen Sie das Datenverzeichnis und starten Sie S1 Bridge neu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Die Sammlung „%1“ hat Änderungen, die nicht gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>New collection %1</source>
        <translation>Neue Sammlung %1</translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection &quot;%1&quot; and its %Ln typed entry(ies)? Rules exported from it must be withdrawn first.</source>
        <translation>
            <numerusform>Die Sammlung „%1“ und ihren %Ln eingegebenen Eintrag löschen? Daraus exportierte Regeln müssen zuerst zurückgezogen werden.</numerusform>
            <numerusform>Die Sammlung „%1“ und ihre %Ln eingegebenen Einträge löschen? Daraus exportierte Regeln müssen zuerst zurückgezogen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the collection &quot;%1&quot;.</source>
        <translation>Die Sammlung „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Save the collection first: correct the problems named under the editor.</source>
        <translation>Speichern Sie die Sammlung zuerst. Beheben Sie die unter dem Editor genannten Probleme.</translation>
    </message>
    <message>
        <source>Withdraw the rules</source>
        <translation>Regeln zurückziehen</translation>
    </message>
    <message>
        <source>Delete every firewall rule S1 Bridge made for &quot;%1&quot; in this profile&apos;s console? The collection itself is kept.</source>
        <translation>Alle Firewall-Regeln löschen, die S1 Bridge für „%1“ in der Konsole dieses Profils angelegt hat? Die Sammlung selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>The console of this profile is not connected: connect it (Profile &gt; Edit profile…) and try again.</source>
        <translation>Die Konsole dieses Profils ist nicht verbunden. Verbinden Sie sie (Profil &gt; Profil bearbeiten…) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Planning &quot;%1&quot;…</source>
        <translation>„%1“ wird geplant…</translation>
    </message>
    <message>
        <source>Exporting &quot;%1&quot; (see the status bar)…</source>
        <translation>„%1“ wird exportiert (siehe Statusleiste)…</translation>
    </message>
    <message>
        <source>Withdrawing &quot;%1&quot;…</source>
        <translation>„%1“ wird zurückgezogen…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is exported or withdrawn already: wait for that run to end.</source>
        <translation>„%1“ wird bereits exportiert oder zurückgezogen: Warten Sie, bis dieser Lauf endet.</translation>
    </message>
    <message>
        <source>Export of &quot;%1&quot; queued.</source>
        <translation>Export von „%1“ eingereiht.</translation>
    </message>
    <message>
        <source>Withdrawal of &quot;%1&quot; queued.</source>
        <translation>Rückzug von „%1“ eingereiht.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;New collection</source>
        <translation>&amp;Neue Sammlung</translation>
    </message>
    <message>
        <source>&amp;Plan export</source>
        <translation>Export &amp;planen</translation>
    </message>
    <message>
        <source>E&amp;xport now</source>
        <translation>Jetzt e&amp;xportieren</translation>
    </message>
    <message>
        <source>Show what an export of the selected collection would change (changes nothing)</source>
        <translation>Zeigen, was ein Export der ausgewählten Sammlung ändern würde (ändert nichts)</translation>
    </message>
    <message>
        <source>Export the selected collection&apos;s rules to its targets now</source>
        <translation>Die Regeln der ausgewählten Sammlung jetzt an ihre Ziele exportieren</translation>
    </message>
</context>
<context>
    <name>FirewallRule</name>
    <message>
        <source>The firewall rule</source>
        <translation>Die Firewall-Regel</translation>
    </message>
    <message>
        <source>The firewall rule &quot;%1&quot;</source>
        <translation>Die Firewall-Regel „%1“</translation>
    </message>
    <message>
        <source>A firewall rule needs a name.</source>
        <translation>Eine Firewall-Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: the name has %L2 characters; the console takes at most %L3.</source>
        <translation>%1: Der Name hat %L2 Zeichen; die Konsole akzeptiert höchstens %L3.</translation>
    </message>
    <message>
        <source>%1: the action must be Allow or Block, not &quot;%2&quot;.</source>
        <translation>%1: Die Aktion muss Allow oder Block sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the status must be Enabled or Disabled, not &quot;%2&quot;.</source>
        <translation>%1: Der Status muss Enabled oder Disabled sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the direction must be any, inbound or outbound, not &quot;%2&quot;.</source>
        <translation>%1: Die Richtung muss any, inbound oder outbound sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the OS type &quot;%2&quot; is not one the console takes (%3).</source>
        <translation>%1: Der Betriebssystemtyp &quot;%2&quot; wird von der Konsole nicht akzeptiert (%3).</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation>CIDR-Blöcke</translation>
    </message>
    <message>
        <source>ranges</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 holds %L2 %3; the console takes at most %L4 of one kind in a rule. Split the entries over several rules.</source>
        <translation>%1 enthält %L2 %3; die Konsole akzeptiert höchstens %L4 einer Art in einer Regel. Verteilen Sie die Einträge auf mehrere Regeln.</translation>
    </message>
    <message>
        <source>%1: one of its %2 is empty.</source>
        <translation>%1: Eines ihrer Elemente (%2) ist leer.</translation>
    </message>
    <message>
        <source>the rule&apos;s scope</source>
        <translation>der Bereich der Regel</translation>
    </message>
    <message>
        <source>The console already has a firewall rule named &quot;%1&quot; in %2, and names are unique within a scope. Adopt that rule, delete or rename it on the console, or choose another name. (Details: %3)</source>
        <translation>Die Konsole hat in %2 bereits eine Firewall-Regel namens „%1“, und Namen sind innerhalb eines Bereichs eindeutig. Übernehmen Sie diese Regel, löschen oder benennen Sie sie auf der Konsole um, oder wählen Sie einen anderen Namen. (Details: %3)</translation>
    </message>
</context>
<context>
    <name>FirewallRuleFilter</name>
    <message>
        <source>Firewall rules are listed by a scope, a name, part of a name or rule ids: the console refuses a request without any of them.</source>
        <translation>Firewall-Regeln werden nach Bereich, Name, Namensteil oder Regel-IDs aufgelistet: Die Konsole lehnt eine Anfrage ohne eines davon ab.</translation>
    </message>
    <message>
        <source>Choose the account, site or group whose firewall rules to list.</source>
        <translation>Wählen Sie das Konto, die Site oder die Gruppe, deren Firewall-Regeln aufgelistet werden sollen.</translation>
    </message>
    <message>
        <source>Part of a firewall rule&apos;s name to search for must have at least 2 characters, not &quot;%1&quot;.</source>
        <translation>Ein zu suchender Teil eines Firewall-Regelnamens muss mindestens 2 Zeichen haben, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Firewall rules can be listed by at most %L1 ids in one request, not %L2.</source>
        <translation>Firewall-Regeln können mit höchstens %L1 IDs in einer Anfrage aufgelistet werden, nicht %L2.</translation>
    </message>
    <message>
        <source>A firewall rule id to list is empty.</source>
        <translation>Eine aufzulistende Firewall-Regel-ID ist leer.</translation>
    </message>
</context>
<context>
    <name>FirewallStore</name>
    <message>
        <source>Cannot save the collection: it has no name; give it one.</source>
        <translation>Die Sammlung kann nicht gespeichert werden: Sie hat keinen Namen. Geben Sie ihr einen.</translation>
    </message>
    <message>
        <source>Cannot save the collection &quot;%1&quot;: another collection has that name; choose another.</source>
        <translation>Die Sammlung „%1“ kann nicht gespeichert werden: Eine andere Sammlung hat diesen Namen. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Cannot save the collection &quot;%1&quot;: %2</source>
        <translation>Die Sammlung „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no such collection.</source>
        <translation>Diese Sammlung existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The collection &quot;%1&quot; still has %n rule(s) on consoles: withdraw them first.</source>
        <translation>
            <numerusform>Die Sammlung „%1“ hat noch %n Regel auf Konsolen. Ziehen Sie sie zuerst zurück.</numerusform>
            <numerusform>Die Sammlung „%1“ hat noch %n Regeln auf Konsolen. Ziehen Sie sie zuerst zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the collection &quot;%1&quot;: %2</source>
        <translation>Die Sammlung „%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the rules&apos; layout: %1</source>
        <translation>Der Aufbau der Regeln kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the rule being created: %1</source>
        <translation>Die anzulegende Regel kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the console&apos;s rule: %1</source>
        <translation>Die Regel der Konsole kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the deleted rules: %1</source>
        <translation>Die gelöschten Regeln können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the export: %1</source>
        <translation>Der Export kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the collection &quot;%1&quot;: its name holds %2; use plain text on one line.</source>
        <translation>Die Sammlung &quot;%1&quot; kann nicht gespeichert werden: Ihr Name enthält %2; verwenden Sie einfachen Text in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>record %1 (threat &quot;%2&quot;) has no profile ID</source>
        <translation>Datensatz %1 (Bedrohung „%2“) hat keine Profil-ID</translation>
    </message>
    <message>
        <source>record %1 has no threat ID</source>
        <translation>Datensatz %1 hat keine Bedrohungs-ID</translation>
    </message>
    <message>
        <source>Cannot record the threats sent to OpenCTI: %1. Nothing was recorded; this is a bug of S1 Bridge, please report it.</source>
        <translation>Die an OpenCTI gesendeten Bedrohungen können nicht protokolliert werden: %1. Es wurde nichts protokolliert; dies ist ein Fehler von S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot record the threats sent to OpenCTI: %1</source>
        <translation>Die an OpenCTI gesendeten Bedrohungen können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the threats imported into OpenCTI: no profile ID was given. This is a bug of S1 Bridge, please report it.</source>
        <translation>Die in OpenCTI importierten Bedrohungen können nicht protokolliert werden: Es wurde keine Profil-ID angegeben. Dies ist ein Fehler von S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot record the threats imported into OpenCTI: %1</source>
        <translation>Die in OpenCTI importierten Bedrohungen können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the OpenCTI error for a threat: the profile or threat ID is empty. This is a bug of S1 Bridge, please report it.</source>
        <translation>Der OpenCTI-Fehler für eine Bedrohung kann nicht protokolliert werden: Die Profil- oder Bedrohungs-ID ist leer. Dies ist ein Fehler von S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot record the OpenCTI error for threat %1: %2</source>
        <translation>Der OpenCTI-Fehler für Bedrohung %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save where the OpenCTI import stopped: no profile ID was given. This is a bug of S1 Bridge, please report it.</source>
        <translation>Es kann nicht gespeichert werden, wo der OpenCTI-Import angehalten hat: Es wurde keine Profil-ID angegeben. Dies ist ein Fehler von S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot save where the OpenCTI import stopped: %1</source>
        <translation>Es kann nicht gespeichert werden, wo der OpenCTI-Import angehalten hat: %1</translation>
    </message>
    <message>
        <source>Cannot forget the OpenCTI imports of a profile: no profile ID was given. This is a bug of S1 Bridge, please report it.</source>
        <translation>Die OpenCTI-Importe eines Profils können nicht verworfen werden: Es wurde keine Profil-ID angegeben. Dies ist ein Fehler von S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot forget the OpenCTI imports of the deleted profile: %1</source>
        <translation>Die OpenCTI-Importe des gelöschten Profils können nicht verworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>IocAddDialog</name>
    <message>
        <source>Add an IOC</source>
        <translation>IOC hinzufügen</translation>
    </message>
    <message>
        <source>Detect from the value</source>
        <translation>Aus dem Wert erkennen</translation>
    </message>
    <message>
        <source>a hash, URL, domain or IP address</source>
        <translation>ein Hash, eine URL, eine Domain oder eine IP-Adresse</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Erkannt: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hash, URL, domain or IP address.</source>
        <translation>&quot;%1&quot; ist kein Hash, keine URL, keine Domain und keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>IocDetailPane</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>pending (sent, no answer yet)</source>
        <translation>ausstehend (gesendet, noch keine Antwort)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>No IOC selected.
Select an IOC to see where it comes from and where it went.</source>
        <translation>Kein IOC ausgewählt.
Wählen Sie einen IOC aus, um zu sehen, woher er stammt und wohin er ging.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Den Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Severity, score:</source>
        <translation>Schweregrad, Punktzahl:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Destinations:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>severity %1, score %2</source>
        <translation>Schweregrad %1, Punktzahl %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)
  first seen %3, last seen %4, valid until %5</source>
        <translation>%1 (%2)
  zuerst gesehen %3, zuletzt gesehen %4, gültig bis %5</translation>
    </message>
    <message>
        <source>still reports it</source>
        <translation>meldet ihn noch</translation>
    </message>
    <message>
        <source>no longer reports it</source>
        <translation>meldet ihn nicht mehr</translation>
    </message>
    <message>
        <source>no source reports it</source>
        <translation>keine Quelle meldet ihn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, retraction asked</source>
        <translation>, Rückzug angefordert</translation>
    </message>
    <message>
        <source>  console id %1</source>
        <translation>  Konsolen-ID %1</translation>
    </message>
    <message>
        <source>  expires %1</source>
        <translation>  läuft ab %1</translation>
    </message>
    <message>
        <source>  the console said: %1</source>
        <translation>  die Konsole meldete: %1</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>nicht geteilt</translation>
    </message>
</context>
<context>
    <name>IocFileParser</name>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which is no time; expected a date and time such as 2024-05-01T10:00:00Z or 2024-05-01 10:00:00 (UTC).</source>
        <translation>Die Spalte „%1“ enthält &quot;%2&quot;, was keine Zeitangabe ist; erwartet wird ein Datum mit Uhrzeit wie 2024-05-01T10:00:00Z oder 2024-05-01 10:00:00 (UTC).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;; expected a whole number from 0 to %3.</source>
        <translation>Die Spalte „%1“ enthält &quot;%2&quot;; erwartet wird eine ganze Zahl von 0 bis %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which is no link; expected an http or https URL.</source>
        <translation>Die Spalte „%1“ enthält &quot;%2&quot;, was kein Link ist; erwartet wird eine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Line %1 should be the CSV header but names no value column (value, ioc_value, url, domain, ip, sha256, md5, ...): &quot;%2&quot;.</source>
        <translation>Zeile %1 sollte die CSV-Kopfzeile sein, nennt aber keine Wertspalte (value, ioc_value, url, domain, ip, sha256, md5, ...): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The CSV has no header row naming a value column (value, ioc_value, url, domain, ip, sha256, md5, ...).</source>
        <translation>Die CSV hat keine Kopfzeile, die eine Wertspalte nennt (value, ioc_value, url, domain, ip, sha256, md5, ...).</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2 columns.</source>
        <translation>Die Zeile hat %1 Felder, während die Kopfzeile %2 Spalten hat.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is unknown; expected SHA256, SHA1, MD5, URL, DNS, IPV4 or IPV6 (or a feed&apos;s name such as sha256_hash, domain, ip:port).</source>
        <translation>Der Typ &quot;%1&quot; ist unbekannt; erwartet wird SHA256, SHA1, MD5, URL, DNS, IPV4 oder IPV6 (oder der Name eines Feeds wie sha256_hash, domain, ip:port).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2); expected a STIX 2.1 bundle.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2); erwartet wird ein STIX 2.1-Bundle.</translation>
    </message>
    <message>
        <source>The JSON is not a STIX 2.1 bundle: expected an object with &quot;type&quot;: &quot;bundle&quot; and its &quot;objects&quot;.</source>
        <translation>Das JSON ist kein STIX 2.1-Bundle: Erwartet wird ein Objekt mit &quot;type&quot;: &quot;bundle&quot; und seinen &quot;objects&quot;.</translation>
    </message>
    <message>
        <source>The indicator&apos;s pattern type is &quot;%1&quot;; only STIX patterns (pattern_type &quot;stix&quot;) are read.</source>
        <translation>Der Mustertyp des Indikators ist &quot;%1&quot;; nur STIX-Muster (pattern_type &quot;stix&quot;) werden gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked indicator(s) skipped: %1.</source>
        <translation>
            <numerusform>%n widerrufener Indikator übersprungen: %1.</numerusform>
            <numerusform>%n widerrufene Indikatoren übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-indicator object(s) ignored (%1).</source>
        <translation>
            <numerusform>%n Objekt, das kein Indikator ist, ignoriert (%1).</numerusform>
            <numerusform>%n Objekte, die keine Indikatoren sind, ignoriert (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated value(s) merged into their first occurrence.</source>
        <translation>
            <numerusform>%n wiederholter Wert mit seinem ersten Vorkommen zusammengeführt.</numerusform>
            <numerusform>%n wiederholte Werte mit ihrem ersten Vorkommen zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changed line(s) not listed.</source>
        <translation>
            <numerusform>%n weitere geänderte Zeile nicht aufgeführt.</numerusform>
            <numerusform>%n weitere geänderte Zeilen nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation>STIX 2.1-Bundle</translation>
    </message>
    <message>
        <source>A quoted field is not closed: a field that opens with &quot; ends with &quot; on the same line.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen: Ein Feld, das mit &quot; beginnt, endet mit &quot; in derselben Zeile.</translation>
    </message>
    <message>
        <source>Text follows a closing quote before the next &quot;%1&quot;; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>Nach einem schließenden Anführungszeichen folgt Text vor dem nächsten &quot;%1&quot;; schreiben Sie ein Anführungszeichen innerhalb eines Felds in Anführungszeichen als &quot;&quot;.</translation>
    </message>
    <message>
        <source>The STIX bundle&apos;s &quot;objects&quot; is not a list; expected &quot;objects&quot;: [ ... ] holding the indicators.</source>
        <translation>&quot;objects&quot; im STIX-Bundle ist keine Liste; erwartet wird &quot;objects&quot;: [ ... ] mit den Indikatoren.</translation>
    </message>
</context>
<context>
    <name>IocImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import IOCs</source>
        <translation>IOCs importieren</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>To be added:</source>
        <translation>Wird hinzugefügt:</translation>
    </message>
    <message>
        <source>Rejected lines:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>New manual source…</source>
        <translation>Neue manuelle Quelle…</translation>
    </message>
    <message>
        <source>name of the new source</source>
        <translation>Name der neuen Quelle</translation>
    </message>
    <message>
        <source>Add to &amp;source:</source>
        <translation>Zu &amp;Quelle hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln IOC(s) to add (%2 format); </source>
        <translation>
            <numerusform>%1: %Ln IOC hinzuzufügen (Format %2); </numerusform>
            <numerusform>%1: %Ln IOCs hinzuzufügen (Format %2); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected.</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt.</numerusform>
            <numerusform>%Ln Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new source, or choose an existing one.</source>
        <translation>Benennen Sie die neue Quelle, oder wählen Sie eine vorhandene.</translation>
    </message>
    <message>
        <source>The profile has a source named &quot;%1&quot; already; choose another name.</source>
        <translation>Das Profil hat bereits eine Quelle namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln IOC(s)…</source>
        <translation>
            <numerusform>%Ln IOC wird gespeichert…</numerusform>
            <numerusform>%Ln IOCs werden gespeichert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln IOC(s) into %1: </source>
        <translation>
            <numerusform>%Ln IOC in %1 importiert: </numerusform>
            <numerusform>%Ln IOCs in %1 importiert: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new, </source>
        <translation>
            <numerusform>%Ln neu, </numerusform>
            <numerusform>%Ln neu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated, </source>
        <translation>
            <numerusform>%Ln aktualisiert, </numerusform>
            <numerusform>%Ln aktualisiert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged.</source>
        <translation>
            <numerusform>%Ln unverändert.</numerusform>
            <numerusform>%Ln unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocNormalizer</name>
    <message>
        <source>%1 is not a %2 hash: expected %3 hexadecimal digits (0-9, a-f).</source>
        <translation>%1 ist kein %2-Hash: erwartet werden %3 Hexadezimalziffern (0-9, a-f).</translation>
    </message>
    <message>
        <source>%1 has %2 hexadecimal digits; a %3 hash has exactly %4.</source>
        <translation>%1 hat %2 Hexadezimalziffern; ein %3-Hash hat genau %4.</translation>
    </message>
    <message>
        <source>%1 is the %2 hash of an empty file: it matches every empty file and is no indicator of anything; give the hash of the malicious file.</source>
        <translation>%1 ist der %2-Hash einer leeren Datei: Er passt auf jede leere Datei und ist für nichts ein Indikator. Geben Sie den Hash der schädlichen Datei an.</translation>
    </message>
    <message>
        <source>%1 is a network range (CIDR); SentinelOne takes single addresses: list the addresses one by one.</source>
        <translation>%1 ist ein Netzwerkbereich (CIDR); SentinelOne akzeptiert einzelne Adressen. Führen Sie die Adressen einzeln auf.</translation>
    </message>
    <message>
        <source>The /32 prefix was dropped (a single address).</source>
        <translation>Das Präfix /32 wurde entfernt (eine einzelne Adresse).</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; after the colon, which is no port (1-65535); expected an IPv4 address such as 192.0.2.1, optionally with a port (192.0.2.1:443).</source>
        <translation>%1 hat nach dem Doppelpunkt &quot;%2&quot;, was kein Port ist (1-65535); erwartet wird eine IPv4-Adresse wie 192.0.2.1, optional mit Port (192.0.2.1:443).</translation>
    </message>
    <message>
        <source>The port %1 was dropped: an IPV4 indicator is the address alone.</source>
        <translation>Der Port %1 wurde entfernt: Ein IPV4-Indikator ist nur die Adresse.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: expected four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>%1 ist keine IPv4-Adresse: erwartet werden vier durch Punkte getrennte Zahlen von 0 bis 255, wie 192.0.2.1.</translation>
    </message>
    <message>
        <source>%1 has the octet &quot;%2&quot; with a leading zero, which is ambiguous (octal or decimal?); write it without leading zeros.</source>
        <translation>%1 hat das Oktett &quot;%2&quot; mit führender Null, was mehrdeutig ist (oktal oder dezimal?). Schreiben Sie es ohne führende Nullen.</translation>
    </message>
    <message>
        <source>%1 has the octet %2, over 255; each of the four numbers is 0 to 255.</source>
        <translation>%1 hat das Oktett %2, über 255; jede der vier Zahlen liegt zwischen 0 und 255.</translation>
    </message>
    <message>
        <source>%1 opens a bracket that is never closed; expected an IPv6 address such as 2001:db8::1 or [2001:db8::1]:443.</source>
        <translation>%1 öffnet eine Klammer, die nie geschlossen wird; erwartet wird eine IPv6-Adresse wie 2001:db8::1 oder [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; after the address, which is no port (1-65535).</source>
        <translation>%1 hat nach der Adresse &quot;%2&quot;, was kein Port ist (1-65535).</translation>
    </message>
    <message>
        <source>The port %1 was dropped: an IPV6 indicator is the address alone.</source>
        <translation>Der Port %1 wurde entfernt: Ein IPV6-Indikator ist nur die Adresse.</translation>
    </message>
    <message>
        <source>The /128 prefix was dropped (a single address).</source>
        <translation>Das Präfix /128 wurde entfernt (eine einzelne Adresse).</translation>
    </message>
    <message>
        <source>%1 has a zone index (after %), which only means something on one machine; give the address without it.</source>
        <translation>%1 hat einen Zonenindex (nach %), der nur auf einem Rechner eine Bedeutung hat. Geben Sie die Adresse ohne ihn an.</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: expected up to eight groups of hexadecimal digits separated by colons, such as 2001:db8::1.</source>
        <translation>%1 ist keine IPv6-Adresse: erwartet werden bis zu acht durch Doppelpunkte getrennte Gruppen von Hexadezimalziffern, wie 2001:db8::1.</translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 address: it stands for the IPv4 address %2, which may be the indicator you mean.</source>
        <translation>%1 ist eine IPv4-gemappte IPv6-Adresse: Sie steht für die IPv4-Adresse %2, die möglicherweise der gemeinte Indikator ist.</translation>
    </message>
    <message>
        <source>%1 is not a valid internationalized domain name (it has no ASCII form).</source>
        <translation>%1 ist kein gültiger internationalisierter Domainname (er hat keine ASCII-Form).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; a domain name has at most 253.</source>
        <translation>%1 ist %2 Zeichen lang; ein Domainname hat höchstens 253.</translation>
    </message>
    <message>
        <source>%1 has an empty label (two dots in a row or a leading dot); expected a name such as www.example.com.</source>
        <translation>%1 hat ein leeres Label (zwei Punkte hintereinander oder ein führender Punkt); erwartet wird ein Name wie www.example.com.</translation>
    </message>
    <message>
        <source>%1 has a label of %2 characters; each part between dots has at most 63.</source>
        <translation>%1 hat ein Label mit %2 Zeichen; jeder Teil zwischen Punkten hat höchstens 63.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;; a domain name has only letters, digits, hyphens and dots.</source>
        <translation>%1 enthält &quot;%2&quot;; ein Domainname besteht nur aus Buchstaben, Ziffern, Bindestrichen und Punkten.</translation>
    </message>
    <message>
        <source>%1 has a label that starts or ends with a hyphen, which domain names do not.</source>
        <translation>%1 hat ein Label, das mit einem Bindestrich beginnt oder endet, was bei Domainnamen nicht vorkommt.</translation>
    </message>
    <message>
        <source>%1 is a single label; expected a domain name of at least two, such as example.com.</source>
        <translation>%1 ist ein einzelnes Label; erwartet wird ein Domainname aus mindestens zwei, wie example.com.</translation>
    </message>
    <message>
        <source>%1 ends in a number, so it is no domain name; an IP address is typed IPV4 or IPV6.</source>
        <translation>%1 endet mit einer Zahl und ist daher kein Domainname; eine IP-Adresse hat den Typ IPV4 oder IPV6.</translation>
    </message>
    <message>
        <source>%1 is a URL or a path, not a domain; type it URL or give only the host name.</source>
        <translation>%1 ist eine URL oder ein Pfad, keine Domain. Geben Sie den Typ URL an oder nur den Hostnamen.</translation>
    </message>
    <message>
        <source>%1 is a wildcard; give the domain itself (%2), which covers its sub-domains.</source>
        <translation>%1 ist ein Platzhalter; geben Sie die Domain selbst an (%2), die ihre Subdomains abdeckt.</translation>
    </message>
    <message>
        <source>The port %1 was dropped: a DNS indicator is the name alone.</source>
        <translation>Der Port %1 wurde entfernt: Ein DNS-Indikator ist nur der Name.</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a domain; type it IPV4.</source>
        <translation>%1 ist eine IP-Adresse, keine Domain. Geben Sie den Typ IPV4 an.</translation>
    </message>
    <message>
        <source>%1 is a public suffix (a zone under which anyone registers names), not a domain of its own; give a domain such as example.%2.</source>
        <translation>%1 ist ein öffentliches Suffix (eine Zone, unter der jeder Namen registriert), keine eigene Domain; geben Sie eine Domain wie example.%2 an.</translation>
    </message>
    <message>
        <source>%1 contains a space; a URL has none (write a space as %20).</source>
        <translation>%1 enthält ein Leerzeichen; eine URL hat keine (schreiben Sie ein Leerzeichen als %20).</translation>
    </message>
    <message>
        <source>%1 has no scheme; expected a URL such as http://example.com/path (http, https or ftp).</source>
        <translation>%1 hat kein Schema; erwartet wird eine URL wie http://example.com/path (http, https oder ftp).</translation>
    </message>
    <message>
        <source>%1 has the scheme &quot;%2&quot;; SentinelOne takes http, https and ftp URLs.</source>
        <translation>%1 hat das Schema &quot;%2&quot;; SentinelOne akzeptiert http-, https- und ftp-URLs.</translation>
    </message>
    <message>
        <source>%1 opens a bracket in its host that is never closed.</source>
        <translation>%1 öffnet im Host eine Klammer, die nie geschlossen wird.</translation>
    </message>
    <message>
        <source>%1 has text after its host&apos;s closing bracket that is no port.</source>
        <translation>%1 hat nach der schließenden Klammer des Hosts Text, der kein Port ist.</translation>
    </message>
    <message>
        <source>%1 has no host; expected a URL such as http://example.com/path.</source>
        <translation>%1 hat keinen Host; erwartet wird eine URL wie http://example.com/path.</translation>
    </message>
    <message>
        <source>%1 has the port &quot;%2&quot;; a port is a number from 1 to 65535.</source>
        <translation>%1 hat den Port &quot;%2&quot;; ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The value is empty; expected a hash, a URL, a domain or an IP address.</source>
        <translation>Der Wert ist leer; erwartet wird ein Hash, eine URL, eine Domain oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a control character (%2); an indicator is printable text on one line.</source>
        <translation>&quot;%1&quot; enthält ein Steuerzeichen (%2); ein Indikator ist druckbarer Text in einer Zeile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; an indicator is one value without spaces (write a space in a URL as %20).</source>
        <translation>&quot;%1&quot; enthält ein Leerzeichen; ein Indikator ist ein Wert ohne Leerzeichen (schreiben Sie ein Leerzeichen in einer URL als %20).</translation>
    </message>
    <message>
        <source>The defanged value was re-fanged to &quot;%1&quot;.</source>
        <translation>Der entschärfte Wert wurde wieder zu &quot;%1&quot; hergestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 hexadecimal digits, which is no hash SentinelOne takes: SHA256 has 64, SHA1 40 and MD5 32.</source>
        <translation>&quot;%1&quot; hat %2 Hexadezimalziffern, was kein von SentinelOne akzeptierter Hash ist: SHA256 hat 64, SHA1 40 und MD5 32.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recognized as an indicator: expected a SHA256, SHA1 or MD5 hash, a URL (http, https or ftp), a domain name, or an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; wird nicht als Indikator erkannt: erwartet wird ein SHA256-, SHA1- oder MD5-Hash, eine URL (http, https oder ftp), ein Domainname oder eine IPv4- oder IPv6-Adresse.</translation>
    </message>
</context>
<context>
    <name>IocPush</name>
    <message>
        <source>--scope: %1</source>
        <translation>--scope: %1</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is a %2 source; a push needs a manual source of that name (rename or remove the other one)</source>
        <translation>die Quelle &quot;%1&quot; ist eine %2-Quelle; push braucht eine manuelle Quelle dieses Namens (benennen Sie die andere um oder entfernen Sie sie)</translation>
    </message>
</context>
<context>
    <name>IocScope</name>
    <message>
        <source>Choose the scope of the IOCs: one account, site or group (the console answers a request without a scope with an internal error).</source>
        <translation>Wählen Sie den Bereich der IOCs: ein Konto, eine Site oder eine Gruppe (die Konsole beantwortet eine Anfrage ohne Bereich mit einem internen Fehler).</translation>
    </message>
    <message>
        <source>The scope&apos;s id &quot;%1&quot; is not a SentinelOne id: expected a number such as 225494730938493804.</source>
        <translation>Die ID des Bereichs &quot;%1&quot; ist keine SentinelOne-ID: erwartet wird eine Zahl wie 225494730938493804.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>IocSharingPage</name>
    <message>
        <source>&amp;IOCs</source>
        <translation>&amp;IOCs</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Business rules</source>
        <translation>&amp;Geschäftsregeln</translation>
    </message>
    <message>
        <source>Sharin&amp;g</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>S&amp;hare now</source>
        <translation>Jetzt &amp;teilen</translation>
    </message>
    <message>
        <source>Import &amp;IOCs…</source>
        <translation>&amp;IOCs importieren…</translation>
    </message>
    <message>
        <source>Pull every IOC source of this profile now</source>
        <translation>Alle IOC-Quellen dieses Profils jetzt abrufen</translation>
    </message>
    <message>
        <source>Run every sharing configuration of this profile now</source>
        <translation>Alle Freigabekonfigurationen dieses Profils jetzt ausführen</translation>
    </message>
    <message>
        <source>Import IOCs from a file into the store</source>
        <translation>IOCs aus einer Datei in den Speicher importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n IOC pull(s) queued to run now.</source>
        <translation>
            <numerusform>%n IOC-Abruf zur sofortigen Ausführung eingereiht.</numerusform>
            <numerusform>%n IOC-Abrufe zur sofortigen Ausführung eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No IOC source of this profile pulls on a schedule, or they all run already. Add a source in the Sources tab.</source>
        <translation>Keine IOC-Quelle dieses Profils wird nach Zeitplan abgerufen, oder alle laufen bereits. Fügen Sie auf der Registerkarte Quellen eine Quelle hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n sharing configuration(s) queued to run now.</source>
        <translation>
            <numerusform>%n Freigabekonfiguration zur sofortigen Ausführung eingereiht.</numerusform>
            <numerusform>%n Freigabekonfigurationen zur sofortigen Ausführung eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No enabled sharing configuration runs in this profile, or they all run already. Add one in the Sharing tab.</source>
        <translation>In diesem Profil läuft keine aktivierte Freigabekonfiguration, oder alle laufen bereits. Fügen Sie auf der Registerkarte Teilen eine hinzu.</translation>
    </message>
</context>
<context>
    <name>IocStore</name>
    <message>
        <source>%1 This is a bug of S1 Bridge, please report it.</source>
        <translation>%1 Dies ist ein Fehler von S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot store IOCs: no source was given.</source>
        <translation>IOCs können nicht gespeichert werden: Es wurde keine Quelle angegeben.</translation>
    </message>
    <message>
        <source>Cannot store the IOCs of source %1: IOC %2 of the batch has no value; nothing was stored.</source>
        <translation>Die IOCs der Quelle %1 können nicht gespeichert werden: IOC %2 des Stapels hat keinen Wert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store the IOCs of source %1: there is no such source in %2 (was it removed?).</source>
        <translation>Die IOCs der Quelle %1 können nicht gespeichert werden: Diese Quelle gibt es in %2 nicht (wurde sie entfernt?).</translation>
    </message>
    <message>
        <source>Cannot store the IOCs of source %1: %2</source>
        <translation>Die IOCs der Quelle %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record which IOCs source %1 no longer reports: %2</source>
        <translation>Es kann nicht protokolliert werden, welche IOCs die Quelle %1 nicht mehr meldet: %2</translation>
    </message>
    <message>
        <source>Cannot record the IOCs about to be shared: %1</source>
        <translation>Die zu teilenden IOCs können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the IOCs the destination accepted: %1</source>
        <translation>Die vom Ziel angenommenen IOCs können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the IOCs the destination refused: %1</source>
        <translation>Die vom Ziel abgelehnten IOCs können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the IOCs retracted from the destination: %1</source>
        <translation>Die vom Ziel zurückgezogenen IOCs können nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the retraction request: %1</source>
        <translation>Die Rückzugsanforderung kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>business rule</source>
        <translation>Geschäftsregel</translation>
    </message>
    <message>
        <source>sharing configuration</source>
        <translation>Freigabekonfiguration</translation>
    </message>
    <message>
        <source>Cannot save the source: the name is empty; give it a name.</source>
        <translation>Die Quelle kann nicht gespeichert werden: Der Name ist leer. Geben Sie ihr einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: the kind &quot;%2&quot; is not one of %3.</source>
        <translation>Die Quelle „%1“ kann nicht gespeichert werden: Die Art &quot;%2&quot; ist keine von %3.</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: another source of this profile has that name; choose another.</source>
        <translation>Die Quelle „%1“ kann nicht gespeichert werden: Eine andere Quelle dieses Profils hat diesen Namen. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: %2</source>
        <translation>Die Quelle „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove source %1: %2</source>
        <translation>Die Quelle %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save where source %1 stopped pulling: there is no such source in %2 (was it removed?).</source>
        <translation>Es kann nicht gespeichert werden, wo die Quelle %1 mit dem Abrufen aufgehört hat: Diese Quelle gibt es in %2 nicht (wurde sie entfernt?).</translation>
    </message>
    <message>
        <source>Cannot save where source %1 stopped pulling: %2</source>
        <translation>Es kann nicht gespeichert werden, wo die Quelle %1 mit dem Abrufen aufgehört hat: %2</translation>
    </message>
    <message>
        <source>Cannot save the %1: the name is empty; give it a name.</source>
        <translation>Die %1 kann nicht gespeichert werden: Der Name ist leer. Geben Sie ihr einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the %1 &quot;%2&quot;: another one has that name; choose another.</source>
        <translation>Die %1 „%2“ kann nicht gespeichert werden: Eine andere hat diesen Namen. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Cannot save the %1 &quot;%2&quot;: %3</source>
        <translation>Die %1 „%2“ kann nicht gespeichert werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove the sharing configuration: it still has %n IOC(s) at the destination or awaiting its answer. Retract what it shared first (or let a run finish), then remove it.</source>
        <translation>
            <numerusform>Die Freigabekonfiguration kann nicht entfernt werden: Sie hat noch %n IOC am Ziel oder wartet auf dessen Antwort. Ziehen Sie zuerst zurück, was sie geteilt hat (oder lassen Sie einen Lauf beenden), und entfernen Sie sie dann.</numerusform>
            <numerusform>Die Freigabekonfiguration kann nicht entfernt werden: Sie hat noch %n IOCs am Ziel oder wartet auf dessen Antwort. Ziehen Sie zuerst zurück, was sie geteilt hat (oder lassen Sie einen Lauf beenden), und entfernen Sie sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the %1: %2</source>
        <translation>Die %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the source &quot;%1&quot;: its name holds %2; use plain text on one line.</source>
        <translation>Die Quelle &quot;%1&quot; kann nicht gespeichert werden: Ihr Name enthält %2; verwenden Sie einfachen Text in einer Zeile.</translation>
    </message>
    <message>
        <source>Cannot save the %1 &quot;%2&quot;: its name holds %3; use plain text on one line.</source>
        <translation>Das Objekt %1 &quot;%2&quot; kann nicht gespeichert werden: Sein Name enthält %3; verwenden Sie einfachen Text in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>IocSupport</name>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL: a feed is read from http:// or https:// (or give a file path)</source>
        <translation>&quot;%1&quot; ist keine http(s)-URL: Ein Feed wird von http:// oder https:// gelesen (oder geben Sie einen Dateipfad an)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL: expected http://HOST/PATH or https://HOST/PATH</source>
        <translation>&quot;%1&quot; ist keine http(s)-URL: erwartet wird http://HOST/PATH oder https://HOST/PATH</translation>
    </message>
    <message>
        <source>interrupted while reading %1</source>
        <translation>beim Lesen von %1 unterbrochen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3</source>
        <translation>--%1: erwartet wird eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--scope: required: account:ID, site:ID or group:ID (where the IOCs go)</source>
        <translation>--scope: erforderlich: account:ID, site:ID oder group:ID (wohin die IOCs gehen)</translation>
    </message>
    <message>
        <source>--scope: &quot;%1&quot; is not account:ID, site:ID or group:ID</source>
        <translation>--scope: &quot;%1&quot; ist nicht account:ID, site:ID oder group:ID</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: Warnung: %3</translation>
    </message>
    <message>
        <source>%1: %2 more warnings</source>
        <translation>%1: %2 weitere Warnungen</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: Hinweis: %2</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not a source kind; expected %2</source>
        <translation>kind: &quot;%1&quot; ist keine Quellenart; erwartet wird %2</translation>
    </message>
    <message>
        <source>settings.%1: not a setting of a %2 source; expected %3</source>
        <translation>settings.%1: keine Einstellung einer %2-Quelle; erwartet wird %3</translation>
    </message>
    <message>
        <source>settings: a feed has either a url (http or https) or a file, not %1</source>
        <translation>settings: Ein Feed hat entweder eine url (http oder https) oder eine file, nicht %1</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>keines von beiden</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beides</translation>
    </message>
    <message>
        <source>settings.url: &quot;%1&quot; is not an http(s) URL; expected http://HOST/PATH or https://HOST/PATH</source>
        <translation>settings.url: &quot;%1&quot; ist keine http(s)-URL; erwartet wird http://HOST/PATH oder https://HOST/PATH</translation>
    </message>
    <message>
        <source>settings.format: &quot;%1&quot; is not a format; expected text, csv, stix or auto</source>
        <translation>settings.format: &quot;%1&quot; ist kein Format; erwartet wird text, csv, stix oder auto</translation>
    </message>
    <message>
        <source>settings.hashTypes: &quot;%1&quot; is not a hash type; expected sha256, md5 or sha1</source>
        <translation>settings.hashTypes: &quot;%1&quot; ist kein Hash-Typ; erwartet wird sha256, md5 oder sha1</translation>
    </message>
    <message>
        <source>settings.analystVerdicts: &quot;%1&quot; is not a verdict; expected %2</source>
        <translation>settings.analystVerdicts: &quot;%1&quot; ist kein Urteil; erwartet wird %2</translation>
    </message>
    <message>
        <source>settings.initialDays: expected a whole number of days from 1 to 3650</source>
        <translation>settings.initialDays: erwartet wird eine ganze Zahl von Tagen von 1 bis 3650</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sites: %1; verdicts: %2; %3; first %4 days</source>
        <translation>Sites: %1; Urteile: %2; %3; erste %4 Tage</translation>
    </message>
    <message>
        <source>the profile&apos;s</source>
        <translation>die des Profils</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>score &gt;= %1; labels: %2; up to %3; first %4 days</source>
        <translation>Punktzahl &gt;= %1; Labels: %2; bis zu %3; erste %4 Tage</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1, collection %2 (%3)</source>
        <translation>%1, Sammlung %2 (%3)</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>keine Quelle namens &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>Created the manual source &quot;%1&quot;.</source>
        <translation>Die manuelle Quelle &quot;%1&quot; wurde angelegt.</translation>
    </message>
    <message>
        <source>%1: there is no source named &quot;%2&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>%1: Es gibt keine Quelle namens &quot;%2&quot;; &apos;s1bridge-cli sources list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>Would create: %1</source>
        <translation>Würde anlegen: %1</translation>
    </message>
    <message>
        <source>Would renew: %1</source>
        <translation>Würde erneuern: %1</translation>
    </message>
    <message>
        <source>Would retract: %1</source>
        <translation>Würde zurückziehen: %1</translation>
    </message>
    <message>
        <source>Sent by an interrupted run, read back first: %1</source>
        <translation>Von einem unterbrochenen Lauf gesendet, zuerst zurückgelesen: %1</translation>
    </message>
    <message>
        <source>%1 created, %2 renewed, %3 retracted, %4 refused, %5 unchanged, %6 reconciled (%7 requests, %8 POSTs)</source>
        <translation>%1 angelegt, %2 erneuert, %3 zurückgezogen, %4 abgelehnt, %5 unverändert, %6 abgeglichen (%7 Anfragen, %8 POSTs)</translation>
    </message>
</context>
<context>
    <name>IocTableModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>nicht geteilt</translation>
    </message>
    <message>
        <source>retraction asked</source>
        <translation>Rückzug angefordert</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
</context>
<context>
    <name>IocsCommand</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 abgelehnt</translation>
    </message>
    <message>
        <source>The IOC store of the profile: add, import, list, show and retract indicators of compromise.</source>
        <translation>Der IOC-Speicher des Profils: Indikatoren für eine Kompromittierung hinzufügen, importieren, auflisten, anzeigen und zurückziehen.</translation>
    </message>
    <message>
        <source>Store the valid values even when some are refused (they are still listed on stderr).</source>
        <translation>Die gültigen Werte speichern, auch wenn einige abgelehnt werden (sie werden trotzdem auf stderr aufgelistet).</translation>
    </message>
    <message>
        <source>Into the manual source NAME (default &quot;manual&quot;).</source>
        <translation>In die manuelle Quelle NAME (Standard &quot;manual&quot;).</translation>
    </message>
    <message>
        <source>Add values of one type to the manual source of the profile.</source>
        <translation>Werte eines Typs zur manuellen Quelle des Profils hinzufügen.</translation>
    </message>
    <message>
        <source>TYPE is one of %1. Each value is normalized and checked (hex length of hashes,
URL scheme and host, IDNA domains, canonical IP addresses; defanged text re-fanged
with a warning). A refused value is listed on stderr with the reason and nothing is
stored (exit 2) unless --skip-invalid is given. The source &quot;manual&quot; (or --source
NAME) of the profile is created on first use. Prints: N new, M updated, K unchanged,
R rejected.</source>
        <translation>TYPE ist einer von %1. Jeder Wert wird normalisiert und geprüft (Hex-Länge von Hashes,
URL-Schema und Host, IDNA-Domains, kanonische IP-Adressen; entschärfter Text wird mit einer
Warnung wiederhergestellt). Ein abgelehnter Wert wird mit dem Grund auf stderr aufgelistet, und es
wird nichts gespeichert (Exit 2), sofern nicht --skip-invalid angegeben ist. Die Quelle &quot;manual&quot; (oder
--source NAME) des Profils wird bei der ersten Verwendung angelegt. Ausgabe: N neu, M aktualisiert,
K unverändert, R abgelehnt.</translation>
    </message>
    <message>
        <source>A description for the values.</source>
        <translation>Eine Beschreibung für die Werte.</translation>
    </message>
    <message>
        <source>Labels, separated by commas.</source>
        <translation>Labels, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Import a file or an http(s) URL of IOCs (text, CSV or STIX 2.1).</source>
        <translation>Eine Datei oder eine http(s)-URL mit IOCs importieren (Text, CSV oder STIX 2.1).</translation>
    </message>
    <message>
        <source>The format is detected from the content unless --format is given: plain text (one value a
line, type detected, # and ; comments), CSV (a header naming the columns: value, type,
description, valid until, severity, labels ...) or a STIX 2.1 bundle. Every refused line is
listed on stderr as FILE:LINE: reason; then nothing is stored (exit 2) unless
--skip-invalid is given. Prints: N new, M updated, K unchanged, R rejected.
For a feed re-read on every pull, add it as a source: &apos;sources add NAME feed --url URL&apos;.</source>
        <translation>Das Format wird aus dem Inhalt erkannt, sofern nicht --format angegeben ist: Klartext (ein Wert pro
Zeile, Typ erkannt, Kommentare mit # und ;), CSV (eine Kopfzeile, die die Spalten nennt: value, type,
description, valid until, severity, labels ...) oder ein STIX 2.1-Bundle. Jede abgelehnte Zeile wird
auf stderr als FILE:LINE: Grund aufgelistet; dann wird nichts gespeichert (Exit 2), sofern nicht
--skip-invalid angegeben ist. Ausgabe: N neu, M aktualisiert, K unverändert, R abgelehnt.
Für einen Feed, der bei jedem Abruf neu gelesen wird, fügen Sie ihn als Quelle hinzu: &apos;sources add NAME feed --url URL&apos;.</translation>
    </message>
    <message>
        <source>text, csv, stix or auto (default).</source>
        <translation>text, csv, stix oder auto (Standard).</translation>
    </message>
    <message>
        <source>List the stored IOCs (filters: --type, --source, --state).</source>
        <translation>Die gespeicherten IOCs auflisten (Filter: --type, --source, --state).</translation>
    </message>
    <message>
        <source>Columns: type, value, sources, last seen, valid until, state (per sharing
configuration). Read from the store page by page. --json prints an array of objects,
--csv a header row and one row per IOC (CRLF line ends, RFC 4180 quoting; a field
starting with = + - @ defused with a leading &apos;).</source>
        <translation>Spalten: Typ, Wert, Quellen, zuletzt gesehen, gültig bis, Status (pro Freigabe-
konfiguration). Seitenweise aus dem Speicher gelesen. --json gibt ein Array von Objekten aus,
--csv eine Kopfzeile und eine Zeile pro IOC (CRLF-Zeilenenden, Quoting nach RFC 4180; ein Feld,
das mit = + - @ beginnt, wird mit einem vorangestellten &apos; entschärft).</translation>
    </message>
    <message>
        <source>Only IOCs of these types (separated by commas).</source>
        <translation>Nur IOCs dieser Typen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only IOCs the source NAME reports.</source>
        <translation>Nur IOCs, die die Quelle NAME meldet.</translation>
    </message>
    <message>
        <source>Only IOCs with a share in this state: %1.</source>
        <translation>Nur IOCs mit einer Freigabe in diesem Status: %1.</translation>
    </message>
    <message>
        <source>Print CSV on stdout.</source>
        <translation>CSV auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Show an IOC: its fields, every source that reported it, its shares.</source>
        <translation>Einen IOC anzeigen: seine Felder, jede Quelle, die ihn gemeldet hat, seine Freigaben.</translation>
    </message>
    <message>
        <source>Ask for IOCs to be retracted from every sharing configuration&apos;s destination.</source>
        <translation>Den Rückzug von IOCs vom Ziel jeder Freigabekonfiguration anfordern.</translation>
    </message>
    <message>
        <source>The next share run deletes them at the destination and never creates them there
again. A value that is not in the store is an error (exit 2); nothing is changed.</source>
        <translation>Der nächste Freigabelauf löscht sie am Ziel und legt sie dort nie wieder an. Ein Wert,
der nicht im Speicher ist, ist ein Fehler (Exit 2); es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Share a file&apos;s IOCs to the console at once (text, CSV or STIX 2.1).</source>
        <translation>Die IOCs einer Datei sofort mit der Konsole teilen (Text, CSV oder STIX 2.1).</translation>
    </message>
    <message>
        <source>The values go through the same checks as &apos;iocs import&apos; into the manual source &quot;push&quot; of the
profile, then the sharing configuration &quot;push SCOPE&quot; (everything from that source, saved
disabled so &apos;run&apos; does not repeat it) shares them to the scope at once. Refused lines are
listed on stderr as FILE:LINE: reason; the valid values are still shared. Pushing the same
file again sends nothing; a push that was killed resumes when run again, nothing sent twice.
Prints the store&apos;s and the share&apos;s counts. Exit codes as &apos;sharing run&apos;.</source>
        <translation>Die Werte durchlaufen dieselben Prüfungen wie bei &apos;iocs import&apos; in die manuelle Quelle &quot;push&quot; des
Profils; dann teilt die Freigabekonfiguration &quot;push SCOPE&quot; (alles aus dieser Quelle, deaktiviert
gespeichert, damit &apos;run&apos; sie nicht wiederholt) sie sofort mit dem Bereich. Abgelehnte Zeilen werden
auf stderr als FILE:LINE: Grund aufgelistet; die gültigen Werte werden trotzdem geteilt. Wird dieselbe
Datei erneut gesendet, wird nichts übertragen; ein abgebrochenes Senden wird beim nächsten Aufruf
fortgesetzt, nichts wird doppelt gesendet.
Gibt die Zähler des Speichers und der Freigabe aus. Exit-Codes wie bei &apos;sharing run&apos;.</translation>
    </message>
    <message>
        <source>Where the IOCs go: account:ID, site:ID or group:ID.</source>
        <translation>Wohin die IOCs gehen: account:ID, site:ID oder group:ID.</translation>
    </message>
    <message>
        <source>Days the IOCs live at the console (cut to SentinelOne&apos;s caps).</source>
        <translation>Tage, die die IOCs auf der Konsole bleiben (auf die Obergrenzen von SentinelOne gekürzt).</translation>
    </message>
    <message>
        <source>The `source` written on each IOC (default &quot;S1 Bridge&quot;).</source>
        <translation>Die `source`, die in jeden IOC geschrieben wird (Standard &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>IOCs per request (default %1).</source>
        <translation>IOCs pro Anfrage (Standard %1).</translation>
    </message>
    <message>
        <source>Pace below the console&apos;s rate limit (default %1; 0: no pacing).</source>
        <translation>Unter der Ratenbegrenzung der Konsole bleiben (Standard %1; 0: keine Drosselung).</translation>
    </message>
    <message>
        <source>Store the values, send nothing: say what would be sent.</source>
        <translation>Die Werte speichern, nichts senden: angeben, was gesendet würde.</translation>
    </message>
    <message>
        <source>--csv and --json cannot be combined: choose one output format</source>
        <translation>--csv und --json können nicht kombiniert werden: Wählen Sie ein Ausgabeformat</translation>
    </message>
    <message>
        <source>unknown IOC type &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannter IOC-Typ &quot;%1&quot;; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) refused; nothing was stored (correct them, or give --skip-invalid to store the others)</source>
        <translation>
            <numerusform>%n Wert abgelehnt; es wurde nichts gespeichert (korrigieren Sie ihn, oder geben Sie --skip-invalid an, um die anderen zu speichern)</numerusform>
            <numerusform>%n Werte abgelehnt; es wurde nichts gespeichert (korrigieren Sie sie, oder geben Sie --skip-invalid an, um die anderen zu speichern)</numerusform>
        </translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is a %2 source, filled by &apos;sources pull&apos;; add values to a manual source</source>
        <translation>die Quelle &quot;%1&quot; ist eine %2-Quelle, die von &apos;sources pull&apos; gefüllt wird; fügen Sie Werte zu einer manuellen Quelle hinzu</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; expected text, csv, stix or auto</source>
        <translation>--format: &quot;%1&quot; ist kein Format; erwartet wird text, csv, stix oder auto</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is a %2 source, filled by &apos;sources pull&apos;; import into a manual source</source>
        <translation>die Quelle &quot;%1&quot; ist eine %2-Quelle, die von &apos;sources pull&apos; gefüllt wird; importieren Sie in eine manuelle Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refused; nothing was stored (correct them, or give --skip-invalid to store the others)</source>
        <translation>
            <numerusform>%1: %n Zeile abgelehnt; es wurde nichts gespeichert (korrigieren Sie sie, oder geben Sie --skip-invalid an, um die anderen zu speichern)</numerusform>
            <numerusform>%1: %n Zeilen abgelehnt; es wurde nichts gespeichert (korrigieren Sie sie, oder geben Sie --skip-invalid an, um die anderen zu speichern)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refused; the %2 valid value(s) are shared</source>
        <translation>
            <numerusform>%1: %n Zeile abgelehnt; die %2 gültigen Werte werden geteilt</numerusform>
            <numerusform>%1: %n Zeilen abgelehnt; die %2 gültigen Werte werden geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>--type: unknown IOC type &quot;%1&quot;; expected %2</source>
        <translation>--type: unbekannter IOC-Typ &quot;%1&quot;; erwartet wird %2</translation>
    </message>
    <message>
        <source>--source: no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>--source: keine Quelle namens &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not a share state; expected %2</source>
        <translation>--state: &quot;%1&quot; ist kein Freigabestatus; erwartet wird %2</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>VALID UNTIL</source>
        <translation>GÜLTIG BIS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source> (retract asked)</source>
        <translation> (Rückzug angefordert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>nicht geteilt</translation>
    </message>
    <message>
        <source>No IOCs match.</source>
        <translation>Keine passenden IOCs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the IOC store</source>
        <translation>&quot;%1&quot; ist nicht im IOC-Speicher</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>no longer reported</source>
        <translation>nicht mehr gemeldet</translation>
    </message>
    <message>
        <source>  SOURCE</source>
        <translation>  QUELLE</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>ZUERST GESEHEN</translation>
    </message>
    <message>
        <source>Shares: none</source>
        <translation>Freigaben: keine</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Freigaben:</translation>
    </message>
    <message>
        <source>  SHARING</source>
        <translation>  FREIGABE</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ENTFERNTE ID</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>%1: not in the IOC store</source>
        <translation>%1: nicht im IOC-Speicher</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not in the IOC store; nothing was changed</source>
        <translation>
            <numerusform>%n Wert nicht im IOC-Speicher; es wurde nichts geändert</numerusform>
            <numerusform>%n Werte nicht im IOC-Speicher; es wurde nichts geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IOC(s) found, but none is shared or pending at a destination: nothing to retract (to keep an IOC from ever being shared, put it on a rule&apos;s exclusion list).</source>
        <translation>
            <numerusform>%n IOC gefunden, aber er ist an keinem Ziel geteilt oder ausstehend: nichts zurückzuziehen (damit ein IOC nie geteilt wird, setzen Sie ihn auf die Ausschlussliste einer Regel).</numerusform>
            <numerusform>%n IOCs gefunden, aber keiner ist an einem Ziel geteilt oder ausstehend: nichts zurückzuziehen (damit ein IOC nie geteilt wird, setzen Sie ihn auf die Ausschlussliste einer Regel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IOC(s) marked for retraction (%1 share(s) in sharing configurations); the next share run deletes them at the destination and does not share them there again.</source>
        <translation>
            <numerusform>%n IOC zum Rückzug markiert (%1 Freigabe(n) in Freigabekonfigurationen); der nächste Freigabelauf löscht ihn am Ziel und teilt ihn dort nicht erneut.</numerusform>
            <numerusform>%n IOCs zum Rückzug markiert (%1 Freigabe(n) in Freigabekonfigurationen); der nächste Freigabelauf löscht sie am Ziel und teilt sie dort nicht erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocsTab</name>
    <message>
        <source>Newest IOCs first</source>
        <translation>Neueste IOCs zuerst</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an IOC by hand to the profile&apos;s Manual source</source>
        <translation>Einen IOC von Hand zur manuellen Quelle des Profils hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a file of IOCs (text, CSV or STIX 2.1)</source>
        <translation>Eine IOC-Datei importieren (Text, CSV oder STIX 2.1)</translation>
    </message>
    <message>
        <source>&amp;Retract</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Remove the selected IOCs from every destination they were shared to</source>
        <translation>Die ausgewählten IOCs von jedem Ziel entfernen, an das sie geteilt wurden</translation>
    </message>
    <message>
        <source>&amp;Copy values</source>
        <translation>Werte &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export every IOC matching the filters to a CSV file</source>
        <translation>Alle IOCs, die den Filtern entsprechen, in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Any share state</source>
        <translation>Jeder Freigabestatus</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Value, name or description contains…</source>
        <translation>Wert, Name oder Beschreibung enthält…</translation>
    </message>
    <message>
        <source>Filter te&amp;xt:</source>
        <translation>Filter&amp;text:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No IOC store</source>
        <translation>Kein IOC-Speicher</translation>
    </message>
    <message numerus="yes">
        <source>%1 IOC(s)</source>
        <translation>
            <numerusform>%1 IOC</numerusform>
            <numerusform>%1 IOCs</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Retract &amp;from</source>
        <translation>Zurückziehen &amp;von</translation>
    </message>
    <message>
        <source>From &amp;every destination</source>
        <translation>Von &amp;jedem Ziel</translation>
    </message>
    <message numerus="yes">
        <source>Retraction of %Ln IOC(s) asked from every destination</source>
        <translation>
            <numerusform>Rückzug von %Ln IOC von jedem Ziel angefordert</numerusform>
            <numerusform>Rückzug von %Ln IOCs von jedem Ziel angefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retraction of %Ln IOC(s) asked from %1</source>
        <translation>
            <numerusform>Rückzug von %Ln IOC von %1 angefordert</numerusform>
            <numerusform>Rückzug von %Ln IOCs von %1 angefordert</numerusform>
        </translation>
    </message>
    <message>
        <source>; none of them is shared there, nothing to remove.</source>
        <translation>; keiner davon ist dort geteilt, nichts zu entfernen.</translation>
    </message>
    <message>
        <source>; running %1 now to remove them.</source>
        <translation>; %1 wird jetzt ausgeführt, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>%1 could not start now (running already, or another profile&apos;s): it removes them at its next run.</source>
        <translation>%1 konnte jetzt nicht starten (läuft bereits oder gehört zu einem anderen Profil): Es entfernt sie beim nächsten Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln value(s).</source>
        <translation>
            <numerusform>%Ln Wert kopiert.</numerusform>
            <numerusform>%Ln Werte kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the IOC: the profile&apos;s source &quot;%1&quot; is not a manual source. Rename it in the Sources tab.</source>
        <translation>Der IOC kann nicht hinzugefügt werden: Die Quelle „%1“ des Profils ist keine manuelle Quelle. Benennen Sie sie in der Registerkarte „Quellen“ um.</translation>
    </message>
    <message>
        <source>Added %1 %2 to %3.</source>
        <translation>%1 %2 zu %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 %2 was known already; %3 reports it now.</source>
        <translation>%1 %2 war bereits bekannt; %3 meldet ihn jetzt.</translation>
    </message>
    <message>
        <source>Import IOCs</source>
        <translation>IOCs importieren</translation>
    </message>
    <message>
        <source>IOC files (*.txt *.csv *.json *.stix);;All files (*)</source>
        <translation>IOC-Dateien (*.txt *.csv *.json *.stix);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export IOCs</source>
        <translation>IOCs exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not export: no profile is open to run the export in.</source>
        <translation>Export nicht möglich: Es ist kein Profil geöffnet, in dem der Export laufen kann.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>The export could not be started.</source>
        <translation>Der Export konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Exporting the IOCs to %1…</source>
        <translation>IOCs werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>IOCs</source>
        <translation>IOCs</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Zielfilter</translation>
    </message>
    <message>
        <source>Search IOCs</source>
        <translation>IOCs durchsuchen</translation>
    </message>
</context>
<context>
    <name>IpCollectionParser</name>
    <message>
        <source>Read as CSV with a header row: the column &quot;%1&quot; (column %2) holds the entries.</source>
        <translation>Als CSV mit Kopfzeile gelesen: Die Spalte &quot;%1&quot; (Spalte %2) enthält die Einträge.</translation>
    </message>
    <message>
        <source>Read as CSV without a header row: column %1 holds the entries.</source>
        <translation>Als CSV ohne Kopfzeile gelesen: Spalte %1 enthält die Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); the entries are in column %1.</source>
        <translation>
            <numerusform>Die Zeile hat %n Feld; die Einträge stehen in Spalte %1.</numerusform>
            <numerusform>Die Zeile hat %n Felder; die Einträge stehen in Spalte %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpEntry</name>
    <message>
        <source>%1 is not an IP address, CIDR block or range; expected an address such as 192.0.2.1 or 2001:db8::1, a block such as 10.0.0.0/8, or a range such as 10.0.0.1-10.0.0.9.</source>
        <translation>%1 ist weder eine IP-Adresse noch ein CIDR-Block oder Bereich; erwartet wird eine Adresse wie 192.0.2.1 oder 2001:db8::1, ein Block wie 10.0.0.0/8 oder ein Bereich wie 10.0.0.1-10.0.0.9.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n number(s); an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>
            <numerusform>%1 hat %n Zahl; eine IPv4-Adresse hat vier durch Punkte getrennte Zahlen von 0 bis 255, etwa 192.0.2.1.</numerusform>
            <numerusform>%1 hat %n Zahlen; eine IPv4-Adresse hat vier durch Punkte getrennte Zahlen von 0 bis 255, etwa 192.0.2.1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an empty number between dots; an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>%1 hat eine leere Zahl zwischen Punkten; eine IPv4-Adresse hat vier durch Punkte getrennte Zahlen von 0 bis 255, etwa 192.0.2.1.</translation>
    </message>
    <message>
        <source>%1: %2 is over 255; each of the four numbers of an IPv4 address is from 0 to 255.</source>
        <translation>%1: %2 ist größer als 255; jede der vier Zahlen einer IPv4-Adresse liegt zwischen 0 und 255.</translation>
    </message>
    <message>
        <source>write %1 or %2</source>
        <translation>schreiben Sie %1 oder %2</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>schreiben Sie %1</translation>
    </message>
    <message>
        <source>write each number from 0 to 255 without leading zeros</source>
        <translation>schreiben Sie jede Zahl von 0 bis 255 ohne führende Nullen</translation>
    </message>
    <message>
        <source>%1: leading zeros are ambiguous (octal or decimal?); %2.</source>
        <translation>%1: Führende Nullen sind mehrdeutig (oktal oder dezimal?); %2.</translation>
    </message>
    <message>
        <source>%1 has &quot;::&quot; more than once; &quot;::&quot; stands for one run of zero groups and is written at most once, as in 2001:db8::1.</source>
        <translation>%1 enthält &quot;::&quot; mehr als einmal; &quot;::&quot; steht für eine Folge von Nullgruppen und wird höchstens einmal geschrieben, wie in 2001:db8::1.</translation>
    </message>
    <message>
        <source>%1 has an IPv4 address before its last group; an IPv4 part may only end an IPv6 address, as in ::ffff:192.0.2.1.</source>
        <translation>%1 hat eine IPv4-Adresse vor der letzten Gruppe; ein IPv4-Teil darf nur am Ende einer IPv6-Adresse stehen, wie in ::ffff:192.0.2.1.</translation>
    </message>
    <message>
        <source>%1 has an empty group; IPv6 groups are separated by single colons, with &quot;::&quot; written once for a run of zero groups.</source>
        <translation>%1 hat eine leere Gruppe; IPv6-Gruppen werden durch einfache Doppelpunkte getrennt, wobei &quot;::&quot; einmal für eine Folge von Nullgruppen geschrieben wird.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a group of 1 to 4 hexadecimal digits.</source>
        <translation>%1: &quot;%2&quot; ist keine Gruppe aus 1 bis 4 Hexadezimalziffern.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n group(s); an IPv6 address has eight groups of hexadecimal digits separated by colons, or fewer with &quot;::&quot; standing for a run of zero groups.</source>
        <translation>
            <numerusform>%1 hat %n Gruppe; eine IPv6-Adresse hat acht durch Doppelpunkte getrennte Gruppen aus Hexadezimalziffern, oder weniger, wenn &quot;::&quot; für eine Folge von Nullgruppen steht.</numerusform>
            <numerusform>%1 hat %n Gruppen; eine IPv6-Adresse hat acht durch Doppelpunkte getrennte Gruppen aus Hexadezimalziffern, oder weniger, wenn &quot;::&quot; für eine Folge von Nullgruppen steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is empty; expected an IP address such as 192.0.2.1 or 2001:db8::1.</source>
        <translation>Die Adresse ist leer; erwartet wird eine IP-Adresse wie 192.0.2.1 oder 2001:db8::1.</translation>
    </message>
    <message>
        <source>%1 carries the zone id &quot;%2&quot;, which names a network interface of one machine and cannot be blocked; remove &quot;%2&quot; and keep the address.</source>
        <translation>%1 enthält die Zonen-ID &quot;%2&quot;, die eine Netzwerkschnittstelle eines einzelnen Rechners bezeichnet und nicht blockiert werden kann; entfernen Sie &quot;%2&quot; und behalten Sie die Adresse bei.</translation>
    </message>
    <message>
        <source>%1: the prefix /%2 is too long; an IPv6 block has a prefix from /0 to /128.</source>
        <translation>%1: Das Präfix /%2 ist zu lang; ein IPv6-Block hat ein Präfix von /0 bis /128.</translation>
    </message>
    <message>
        <source>%1: the prefix /%2 is too long; an IPv4 block has a prefix from /0 to /32.</source>
        <translation>%1: Das Präfix /%2 ist zu lang; ein IPv4-Block hat ein Präfix von /0 bis /32.</translation>
    </message>
    <message>
        <source>%1: the netmask %2 is not contiguous; write the block with a prefix length, such as 10.0.0.0/8.</source>
        <translation>%1: Die Netzmaske %2 ist nicht zusammenhängend; schreiben Sie den Block mit einer Präfixlänge, etwa 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>%1: the prefix &quot;%2&quot; is not a number; expected /0 to /128 after an IPv6 address, such as 2001:db8::/32.</source>
        <translation>%1: Das Präfix &quot;%2&quot; ist keine Zahl; erwartet wird /0 bis /128 nach einer IPv6-Adresse, etwa 2001:db8::/32.</translation>
    </message>
    <message>
        <source>%1: the prefix &quot;%2&quot; is not a number; expected /0 to /32 after an IPv4 address, such as 10.0.0.0/8.</source>
        <translation>%1: Das Präfix &quot;%2&quot; ist keine Zahl; erwartet wird /0 bis /32 nach einer IPv4-Adresse, etwa 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>The entry is empty; expected an IP address (192.0.2.1), a CIDR block (10.0.0.0/8) or a range (10.0.0.1-10.0.0.9).</source>
        <translation>Der Eintrag ist leer; erwartet wird eine IP-Adresse (192.0.2.1), ein CIDR-Block (10.0.0.0/8) oder ein Bereich (10.0.0.1-10.0.0.9).</translation>
    </message>
    <message>
        <source>%1 carries a port; a collection holds addresses only: write %2 (the rule&apos;s remote port is part of its template).</source>
        <translation>%1 enthält einen Port; eine Sammlung enthält nur Adressen: Schreiben Sie %2 (der Remote-Port der Regel ist Teil ihrer Vorlage).</translation>
    </message>
    <message>
        <source>%1 is a range without its first address; expected two addresses, as in 10.0.0.1-10.0.0.9.</source>
        <translation>%1 ist ein Bereich ohne erste Adresse; erwartet werden zwei Adressen, wie in 10.0.0.1-10.0.0.9.</translation>
    </message>
    <message>
        <source>%1 is a range without its last address; expected two addresses, as in 10.0.0.1-10.0.0.9.</source>
        <translation>%1 ist ein Bereich ohne letzte Adresse; erwartet werden zwei Adressen, wie in 10.0.0.1-10.0.0.9.</translation>
    </message>
    <message>
        <source>%1 mixes a range and a CIDR block; write either a block (10.0.0.0/8) or a range of two addresses (10.0.0.1-10.0.0.9).</source>
        <translation>%1 vermischt einen Bereich und einen CIDR-Block; schreiben Sie entweder einen Block (10.0.0.0/8) oder einen Bereich aus zwei Adressen (10.0.0.1-10.0.0.9).</translation>
    </message>
    <message>
        <source>%1 mixes IPv4 and IPv6; both ends of a range are of the same family.</source>
        <translation>%1 vermischt IPv4 und IPv6; beide Enden eines Bereichs gehören zur selben Adressfamilie.</translation>
    </message>
    <message>
        <source>%1: the end is before the start; write the lower address first (%2-%3).</source>
        <translation>%1: Das Ende liegt vor dem Anfang; schreiben Sie die niedrigere Adresse zuerst (%2-%3).</translation>
    </message>
    <message>
        <source>%1 has host bits set; taken as %2.</source>
        <translation>%1 hat gesetzte Host-Bits; wird als %2 übernommen.</translation>
    </message>
</context>
<context>
    <name>IpSet</name>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>%1 holds the same addresses as %2.</source>
        <translation>%1 enthält dieselben Adressen wie %2.</translation>
    </message>
    <message>
        <source>%1 is inside %2.</source>
        <translation>%1 liegt innerhalb von %2.</translation>
    </message>
    <message>
        <source>%1 overlaps %2; both are kept.</source>
        <translation>%1 überschneidet sich mit %2; beide werden beibehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated entry(s) removed.</source>
        <translation>
            <numerusform>%n doppelter Eintrag entfernt.</numerusform>
            <numerusform>%n doppelte Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) merged into a wider entry that holds them.</source>
        <translation>
            <numerusform>%n Eintrag in einen umfassenderen Eintrag zusammengeführt, der ihn enthält.</numerusform>
            <numerusform>%n Einträge in einen umfassenderen Eintrag zusammengeführt, der sie enthält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) overlap another entry; both are kept.</source>
        <translation>
            <numerusform>%n Eintrag überschneidet sich mit einem anderen Eintrag; beide werden beibehalten.</numerusform>
            <numerusform>%n Einträge überschneiden sich mit einem anderen Eintrag; beide werden beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregation into CIDR blocks saved %n entry(s).</source>
        <translation>
            <numerusform>Die Zusammenfassung zu CIDR-Blöcken hat %n Eintrag eingespart.</numerusform>
            <numerusform>Die Zusammenfassung zu CIDR-Blöcken hat %n Einträge eingespart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregation into CIDR blocks added %n entry(s) (ranges split into blocks).</source>
        <translation>
            <numerusform>Die Zusammenfassung zu CIDR-Blöcken hat %n Eintrag hinzugefügt (Bereiche in Blöcke aufgeteilt).</numerusform>
            <numerusform>Die Zusammenfassung zu CIDR-Blöcken hat %n Einträge hinzugefügt (Bereiche in Blöcke aufgeteilt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IsoDuration</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration; write for example PT5M (5 minutes), PT1H (1 hour) or P1D (1 day).</source>
        <translation>&quot;%1&quot; ist keine ISO-8601-Dauer; schreiben Sie zum Beispiel PT5M (5 Minuten), PT1H (1 Stunde) oder P1D (1 Tag).</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is zero; use at least one second.</source>
        <translation>Die Dauer &quot;%1&quot; ist null; verwenden Sie mindestens eine Sekunde.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is longer than 100 years; write a shorter one, for example P1D (1 day).</source>
        <translation>Die Dauer „%1“ ist länger als 100 Jahre; geben Sie eine kürzere an, zum Beispiel P1D (1 Tag).</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot record the start of a job: it has no kind. This is a bug of S1 Bridge, please report it.</source>
        <translation>Der Start eines Auftrags kann nicht erfasst werden: Er hat keine Art. Dies ist ein Fehler in S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot record the start of the job &quot;%1&quot; in the job history: %2</source>
        <translation>Der Start des Auftrags „%1“ kann nicht im Auftragsverlauf erfasst werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the end of the job &quot;%1&quot;: it has not finished. This is a bug of S1 Bridge, please report it.</source>
        <translation>Das Ende des Auftrags „%1“ kann nicht erfasst werden: Er ist nicht beendet. Dies ist ein Fehler in S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot record the end of a job as still running. This is a bug of S1 Bridge, please report it.</source>
        <translation>Das Ende eines Auftrags kann nicht als noch laufend erfasst werden. Dies ist ein Fehler in S1 Bridge, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot record the end of the job in the job history: %1</source>
        <translation>Das Ende des Auftrags kann nicht im Auftragsverlauf erfasst werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the end of the job: run %1 is not running in the job history (it was already finished, marked interrupted or removed).</source>
        <translation>Das Ende des Auftrags kann nicht erfasst werden: Lauf %1 läuft laut Auftragsverlauf nicht (er wurde bereits beendet, als unterbrochen markiert oder entfernt).</translation>
    </message>
    <message>
        <source>[log truncated: further lines were not kept]</source>
        <translation>[Protokoll gekürzt: weitere Zeilen wurden nicht gespeichert]</translation>
    </message>
    <message>
        <source>Cannot add to the log of the job in the job history: %1</source>
        <translation>Das Protokoll des Auftrags im Auftragsverlauf kann nicht ergänzt werden: %1</translation>
    </message>
    <message>
        <source>Interrupted (S1 Bridge stopped during the run)</source>
        <translation>Unterbrochen (S1 Bridge wurde während des Laufs beendet)</translation>
    </message>
    <message>
        <source>Cannot mark the interrupted jobs in the job history: %1</source>
        <translation>Die unterbrochenen Aufträge können im Auftragsverlauf nicht markiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot clean up the job history: the retention must be 0 days or more (got %1).</source>
        <translation>Der Auftragsverlauf kann nicht bereinigt werden: Die Aufbewahrungsdauer muss 0 Tage oder mehr betragen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Cannot clean up the job history: %1</source>
        <translation>Der Auftragsverlauf kann nicht bereinigt werden: %1</translation>
    </message>
</context>
<context>
    <name>JobRunModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>Auf&amp;trag:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Zähler:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Läufe: %1</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Wählen Sie einen Lauf aus, um zu sehen, was er getan hat.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>seen %1, done %2, skipped %3, failed %4</source>
        <translation>gesehen %1, erledigt %2, übersprungen %3, fehlgeschlagen %4</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import now into OpenCTI</source>
        <translation>Jetzt in OpenCTI &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Refresh runs</source>
        <translation>Läufe &amp;aktualisieren</translation>
    </message>
    <message>
        <source>S1 Bridge</source>
        <translation>S1 Bridge</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation>&amp;Bedrohungen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>OpenCTI import</source>
        <translation>OpenCTI-Import</translation>
    </message>
    <message>
        <source>IOC sharing</source>
        <translation>IOC-Freigabe</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About S1 Bridge</source>
        <translation>&amp;Über S1 Bridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <source>Switch to another console profile</source>
        <translation>Zu einem anderen Konsolenprofil wechseln</translation>
    </message>
    <message>
        <source>Read the run history again (F5)</source>
        <translation>Den Laufverlauf neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Threats: %1</source>
        <translation>Bedrohungen: %1</translation>
    </message>
    <message>
        <source>Import the selected threats into OpenCTI now, flagged or not (Ctrl+Shift+I)</source>
        <translation>Die ausgewählten Bedrohungen jetzt in OpenCTI importieren, markiert oder nicht (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>S1 Bridge - %1</source>
        <translation>S1 Bridge - %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No console is configured.</source>
        <translation>Es ist keine Konsole konfiguriert.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Import into OpenCTI</source>
        <translation>In OpenCTI importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected threat(s) not flagged for OpenCTI.</source>
        <translation>
            <numerusform>%Ln ausgewählte Bedrohung ist nicht für OpenCTI markiert.</numerusform>
            <numerusform>%Ln ausgewählte Bedrohungen sind nicht für OpenCTI markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing shares them with OpenCTI under this profile&apos;s marking, %1.</source>
        <translation>Beim Importieren werden sie unter der Kennzeichnung dieses Profils, %1, mit OpenCTI geteilt.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln threat(s)</source>
        <translation>
            <numerusform>%Ln Bedrohung importieren</numerusform>
            <numerusform>%Ln Bedrohungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>About S1 Bridge</source>
        <translation>Über S1 Bridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;S1 Bridge %1&lt;/h3&gt;&lt;p&gt;A SentinelOne administration tool: OpenCTI incident import, threat-intelligence exchange and firewall export, in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;S1 Bridge %1&lt;/h3&gt;&lt;p&gt;Ein Verwaltungswerkzeug für SentinelOne: OpenCTI-Vorfallimport, Austausch von Bedrohungsinformationen und Firewall-Export an einem Ort.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Den laufenden Auftrag anhalten</translation>
    </message>
    <message>
        <source>Stop the running job: it ends as cancelled, and what the remote side confirmed stays recorded; the next run goes on from there.</source>
        <translation>Den laufenden Auftrag anhalten: Er endet als abgebrochen, und was die Gegenseite bestätigt hat, bleibt festgehalten; der nächste Lauf macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>ManualSourceEditor</name>
    <message>
        <source>One value a line: a hash, a URL, a domain or an IP address.</source>
        <translation>Ein Wert pro Zeile: ein Hash, eine URL, eine Domain oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>&amp;Values to add:</source>
        <translation>Hinzuzufügende &amp;Werte:</translation>
    </message>
    <message>
        <source>Values: at most %L1 lines here; import a longer list as a file from the IOCs tab.</source>
        <translation>Werte: hier höchstens %L1 Zeilen; importieren Sie eine längere Liste als Datei in der Registerkarte „IOCs“.</translation>
    </message>
    <message>
        <source>Values, line %1: %2</source>
        <translation>Werte, Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n valid value(s) to add.</source>
        <translation>
            <numerusform>%n gültiger Wert zum Hinzufügen.</numerusform>
            <numerusform>%n gültige Werte zum Hinzufügen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoProfileWidget</name>
    <message>
        <source>S1 Bridge</source>
        <translation>S1 Bridge</translation>
    </message>
    <message>
        <source>There is no profile yet. A profile holds the address of your SentinelOne console and how S1 Bridge works with it; the setup wizard creates one. Or try everything first with the demo tenant, a simulated console on this computer.</source>
        <translation>Es gibt noch kein Profil. Ein Profil enthält die Adresse Ihrer SentinelOne-Konsole und legt fest, wie S1 Bridge mit ihr arbeitet; der Einrichtungsassistent erstellt eines. Oder probieren Sie zuerst alles mit dem Demo-Mandanten aus, einer simulierten Konsole auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Set up a profile…</source>
        <translation>Profil &amp;einrichten…</translation>
    </message>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation>&amp;Demo-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>OpenCtiCommand</name>
    <message>
        <source>The OpenCTI incident import: flagged threats become incidents in OpenCTI.</source>
        <translation>Der OpenCTI-Vorfallimport: Markierte Bedrohungen werden zu Vorfällen in OpenCTI.</translation>
    </message>
    <message>
        <source>Import flagged threats into OpenCTI as incidents, every sync period.</source>
        <translation>Markierte Bedrohungen in jedem Synchronisierungszeitraum als Vorfälle in OpenCTI importieren.</translation>
    </message>
    <message>
        <source>Without --once, again every sync period (the profile&apos;s, or CONNECTOR_DURATION_PERIOD,
default PT5M) until SIGTERM or SIGINT. What was imported is kept in the database, so a
threat is never sent twice.</source>
        <translation>Ohne --once erneut in jedem Synchronisierungszeitraum (dem des Profils oder CONNECTOR_DURATION_PERIOD,
Standard PT5M) bis SIGTERM oder SIGINT. Was importiert wurde, wird in der Datenbank gespeichert, sodass
eine Bedrohung nie zweimal gesendet wird.</translation>
    </message>
    <message>
        <source>Import once, then exit.</source>
        <translation>Einmal importieren, dann beenden.</translation>
    </message>
    <message>
        <source>Print the STIX bundle a threat would become, for review.</source>
        <translation>Das STIX-Bundle zur Prüfung ausgeben, das aus einer Bedrohung entstehen würde.</translation>
    </message>
    <message>
        <source>With the import&apos;s options (author, TLP). The bundle is always JSON; --json is accepted.</source>
        <translation>Mit den Optionen des Imports (Autor, TLP). Das Bundle ist immer JSON; --json wird akzeptiert.</translation>
    </message>
    <message>
        <source>What was imported, what waits for OpenCTI&apos;s confirmation, what failed.</source>
        <translation>Was importiert wurde, was auf die Bestätigung von OpenCTI wartet, was fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Without --json, exit code 4 when some threats failed to import (--json: the counts say it).</source>
        <translation>Ohne --json Exitcode 4, wenn der Import einiger Bedrohungen fehlgeschlagen ist (--json: Die Zähler zeigen es).</translation>
    </message>
    <message>
        <source>Next import %1.</source>
        <translation>Nächster Import %1.</translation>
    </message>
    <message>
        <source>the console has no threat %1 (or it is outside this token&apos;s scope)</source>
        <translation>die Konsole hat keine Bedrohung %1 (oder sie liegt außerhalb des Geltungsbereichs dieses Tokens)</translation>
    </message>
    <message>
        <source>Imported: %1   waiting for OpenCTI: %2   failed: %3</source>
        <translation>Importiert: %1   wartet auf OpenCTI: %2   fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Threats updated up to %1 are handled.</source>
        <translation>Bedrohungen, die bis %1 aktualisiert wurden, sind bearbeitet.</translation>
    </message>
    <message>
        <source>No threat handled yet.</source>
        <translation>Noch keine Bedrohung bearbeitet.</translation>
    </message>
    <message>
        <source>THREAT ID</source>
        <translation>BEDROHUNGS-ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>NAME / ERROR</source>
        <translation>NAME / FEHLER</translation>
    </message>
</context>
<context>
    <name>OpenCtiConfig</name>
    <message>
        <source>OpenCTI URL</source>
        <translation>OpenCTI-URL</translation>
    </message>
    <message>
        <source>enter the address of your OpenCTI platform, for example https://opencti.example.com.</source>
        <translation>geben Sie die Adresse Ihrer OpenCTI-Plattform ein, zum Beispiel https://opencti.example.com.</translation>
    </message>
    <message>
        <source>OpenCTI token: paste the API token shown in OpenCTI: your profile, API access.</source>
        <translation>OpenCTI-Token: Fügen Sie das in OpenCTI angezeigte API-Token ein: Ihr Profil, API-Zugriff.</translation>
    </message>
    <message>
        <source>OpenCTI token: the token contains spaces or characters an OpenCTI token never has; paste it again, without line breaks.</source>
        <translation>OpenCTI-Token: Das Token enthält Leerzeichen oder Zeichen, die ein OpenCTI-Token nie enthält; fügen Sie es erneut ein, ohne Zeilenumbrüche.</translation>
    </message>
</context>
<context>
    <name>OpenCtiDialect</name>
    <message>
        <source>OpenCTI URL: not configured.</source>
        <translation>OpenCTI-URL: nicht konfiguriert.</translation>
    </message>
    <message>
        <source>the JSON answer is not a GraphQL result (no &quot;data&quot; or &quot;errors&quot;)</source>
        <translation>die JSON-Antwort ist kein GraphQL-Ergebnis (kein &quot;data&quot; oder &quot;errors&quot;)</translation>
    </message>
    <message>
        <source>the GraphQL answer lists errors without a message</source>
        <translation>die GraphQL-Antwort listet Fehler ohne Meldung auf</translation>
    </message>
    <message>
        <source>the GraphQL answer has no data</source>
        <translation>die GraphQL-Antwort enthält keine Daten</translation>
    </message>
    <message>
        <source>OpenCTI</source>
        <translation>OpenCTI</translation>
    </message>
    <message>
        <source>OpenCTI at %1</source>
        <translation>OpenCTI unter %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>%1 refused the token: it is wrong, expired or revoked. Create or copy the token in OpenCTI: your profile, API access; then enter it again.</source>
        <translation>%1 hat das Token abgelehnt: Es ist falsch, abgelaufen oder widerrufen. Erstellen oder kopieren Sie das Token in OpenCTI: Ihr Profil, API-Zugriff; geben Sie es dann erneut ein.</translation>
    </message>
    <message>
        <source>%1 accepted the token, but its user may not do %2. Give the user the needed capabilities in OpenCTI (importing needs a user in the &quot;Connectors&quot; group), or use the token of another user.</source>
        <translation>%1 hat das Token akzeptiert, aber sein Benutzer darf %2 nicht ausführen. Geben Sie dem Benutzer in OpenCTI die nötigen Berechtigungen (für den Import ist ein Benutzer in der Gruppe &quot;Connectors&quot; nötig) oder verwenden Sie das Token eines anderen Benutzers.</translation>
    </message>
    <message>
        <source>%1 does not offer %2 (HTTP 404). Check the OpenCTI URL and the platform version.</source>
        <translation>%1 bietet %2 nicht an (HTTP 404). Prüfen Sie die OpenCTI-URL und die Version der Plattform.</translation>
    </message>
    <message>
        <source>%1 rejected %2.</source>
        <translation>%1 hat %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 kept answering &quot;too many requests&quot; (HTTP 429) after every attempt. Wait a few minutes, or raise the maximum number of API attempts.</source>
        <translation>%1 hat nach jedem Versuch weiterhin &quot;too many requests&quot; (HTTP 429) geantwortet. Warten Sie einige Minuten oder erhöhen Sie die maximale Anzahl der API-Versuche.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2) after every attempt. The platform may be down or still starting; try again later.</source>
        <translation>%1 hat nach jedem Versuch mit einem Serverfehler (HTTP %2) geantwortet. Die Plattform ist möglicherweise ausgefallen oder startet noch; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 is not an OpenCTI platform: it answered %2 with a web page or unexpected data instead of the GraphQL API. Check the OpenCTI URL (for example https://opencti.example.com).</source>
        <translation>%1 ist keine OpenCTI-Plattform: Es hat auf %2 mit einer Webseite oder unerwarteten Daten statt der GraphQL-API geantwortet. Prüfen Sie die OpenCTI-URL (zum Beispiel https://opencti.example.com).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>%1 sent an incomplete or malformed answer for %2 after every attempt.</source>
        <translation>%1 hat nach jedem Versuch eine unvollständige oder fehlerhafte Antwort auf %2 gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3, so reading stopped there and nothing of it was used. An API answer that large is not expected: check that the OpenCTI URL is the platform&apos;s own address (for example https://opencti.example.com), not a proxy or a download.</source>
        <translation>%1 hat auf %2 eine Antwort gesendet, die größer als die Größengrenze von %3 ist; das Lesen wurde daher dort beendet und nichts davon verwendet. Eine so große API-Antwort ist nicht zu erwarten: Prüfen Sie, ob die OpenCTI-URL die eigene Adresse der Plattform ist (zum Beispiel https://opencti.example.com) und kein Proxy oder Download.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere, so the token was not sent. Use the final OpenCTI address directly if you trust it.</source>
        <translation>%1 hat die Anfrage an eine andere Stelle umgeleitet, daher wurde das Token nicht gesendet. Verwenden Sie direkt die endgültige OpenCTI-Adresse, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. If the platform uses a private certificate authority, install it or pin the certificate in the profile&apos;s TLS settings.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig. Wenn die Plattform eine private Zertifizierungsstelle verwendet, installieren Sie diese oder pinnen Sie das Zertifikat in den TLS-Einstellungen des Profils.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 did not complete within %3, after every attempt. The platform or the network is very slow right now; try again later.</source>
        <translation>Die Antwort von %1 auf %2 wurde nach jedem Versuch nicht innerhalb von %3 abgeschlossen. Die Plattform oder das Netzwerk ist gerade sehr langsam; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: nothing came for %2 while it answered %3, after every attempt. Check the network or the OpenCTI URL.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Bei der Antwort auf %3 kam %2 lang nichts mehr, nach jedem Versuch. Prüfen Sie das Netzwerk oder die OpenCTI-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, after every attempt. Check the network or the OpenCTI URL.</source>
        <translation>%1 hat nach jedem Versuch nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder die OpenCTI-URL.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the OpenCTI URL, your network connection and any proxy.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die OpenCTI-URL, Ihre Netzwerkverbindung und einen eventuellen Proxy.</translation>
    </message>
</context>
<context>
    <name>OpenCtiImportPage</name>
    <message>
        <source>&amp;Import now</source>
        <translation>Jetzt &amp;importieren</translation>
    </message>
    <message>
        <source>Import the flagged threats now, without waiting for the next sync</source>
        <translation>Die markierten Bedrohungen jetzt importieren, ohne auf die nächste Synchronisierung zu warten</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>OpenCTI state</source>
        <translation>OpenCTI-Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Double-click a row to open its incident in OpenCTI</source>
        <translation>Doppelklicken Sie auf eine Zeile, um ihren Vorfall in OpenCTI zu öffnen</translation>
    </message>
    <message>
        <source>Select a threat to see the STIX bundle it becomes in OpenCTI.</source>
        <translation>Wählen Sie eine Bedrohung aus, um das STIX-Bundle zu sehen, das daraus in OpenCTI wird.</translation>
    </message>
    <message>
        <source>OpenCTI is not set up for this profile. Use Profile ▸ Edit profile, OpenCTI page, to send flagged threats there.</source>
        <translation>OpenCTI ist für dieses Profil nicht eingerichtet. Verwenden Sie Profil ▸ Profil bearbeiten, Seite „OpenCTI“, um markierte Bedrohungen dorthin zu senden.</translation>
    </message>
    <message>
        <source>Threats with a note containing &quot;%1&quot; become incidents in OpenCTI at %2, with the endpoint, MITRE techniques, notes, indicators for their hashes and a link back to the console.</source>
        <translation>Bedrohungen mit einer Notiz, die &quot;%1&quot; enthält, werden zu Vorfällen in OpenCTI unter %2, mit dem Endpunkt, MITRE-Techniken, Notizen, Indikatoren für ihre Hashes und einem Link zurück zur Konsole.</translation>
    </message>
    <message>
        <source>Every threat created since %1 becomes an incident in OpenCTI at %2.</source>
        <translation>Jede seit %1 erstellte Bedrohung wird zu einem Vorfall in OpenCTI unter %2.</translation>
    </message>
    <message>
        <source>Imported: %1   Waiting for OpenCTI: %2   Failed: %3</source>
        <translation>Importiert: %1   Wartet auf OpenCTI: %2   Fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for OpenCTI</source>
        <translation>Wartet auf OpenCTI</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>OpenCTI is not set up for this profile.</source>
        <translation>OpenCTI ist für dieses Profil nicht eingerichtet.</translation>
    </message>
    <message>
        <source>An import of this profile is already waiting to run.</source>
        <translation>Ein Import dieses Profils wartet bereits auf die Ausführung.</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Bundle wird erstellt…</translation>
    </message>
    <message>
        <source>The console no longer has threat %1.</source>
        <translation>Die Konsole hat die Bedrohung %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Threats imported into OpenCTI</source>
        <translation>In OpenCTI importierte Bedrohungen</translation>
    </message>
    <message>
        <source>STIX bundle of the selected threat</source>
        <translation>STIX-Bundle der ausgewählten Bedrohung</translation>
    </message>
</context>
<context>
    <name>OpenCtiPage</name>
    <message>
        <source>The marking OpenCTI puts on every incident, observable, note and indicator S1 Bridge creates</source>
        <translation>Die Kennzeichnung, die OpenCTI auf jeden Vorfall, jedes Observable, jede Notiz und jeden Indikator setzt, den S1 Bridge erstellt</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The demo tenant comes with a simulated OpenCTI platform, filled in here.</source>
        <translation>Der Demo-Mandant bringt eine simulierte OpenCTI-Plattform mit, die hier eingetragen ist.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Skip &gt;</source>
        <translation>Ü&amp;berspringen &gt;</translation>
    </message>
    <message>
        <source>Show the OpenCTI token</source>
        <translation>OpenCTI-Token anzeigen</translation>
    </message>
</context>
<context>
    <name>OpenCtiSourceEditor</name>
    <message>
        <source>Only indicators with at least this OpenCTI score (0: every indicator).</source>
        <translation>Nur Indikatoren mit mindestens dieser OpenCTI-Bewertung (0: jeder Indikator).</translation>
    </message>
    <message>
        <source>any label; or names separated by commas</source>
        <translation>beliebiges Label; oder durch Kommas getrennte Namen</translation>
    </message>
    <message>
        <source>Indicators marked above this are left out.</source>
        <translation>Indikatoren mit einer höheren Kennzeichnung werden ausgelassen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The first pull reads the indicators updated this far back; later pulls continue from where the last one ended.</source>
        <translation>Der erste Abruf liest die Indikatoren, die in diesem Zeitraum aktualisiert wurden; spätere Abrufe setzen dort fort, wo der letzte endete.</translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation>Mindestbewertung:</translation>
    </message>
    <message>
        <source>Labels (any of):</source>
        <translation>Labels (eines davon):</translation>
    </message>
    <message>
        <source>Maximum marking:</source>
        <translation>Höchste Kennzeichnung:</translation>
    </message>
    <message>
        <source>Initial range:</source>
        <translation>Anfangszeitraum:</translation>
    </message>
    <message>
        <source>This profile has no OpenCTI set up: the source pulls nothing until it has. %1</source>
        <translation>Für dieses Profil ist OpenCTI nicht eingerichtet: Die Quelle ruft nichts ab, bis das geschehen ist. %1</translation>
    </message>
    <message>
        <source>Indicators are read from the profile&apos;s OpenCTI; revoked and expired ones end their IOC.</source>
        <translation>Indikatoren werden aus dem OpenCTI des Profils gelesen; widerrufene und abgelaufene beenden ihren IOC.</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
</context>
<context>
    <name>OverviewJobModel</name>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1 (gerade eben)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (vor %n Min.)</numerusform>
            <numerusform>%1 (vor %n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n h ago)</source>
        <translation>
            <numerusform>%1 (vor %n Std.)</numerusform>
            <numerusform>%1 (vor %n Std.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Not on a schedule</source>
        <translation>Ohne Zeitplan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>in %n min (%1)</source>
        <translation>
            <numerusform>in %n Min. (%1)</numerusform>
            <numerusform>in %n Min. (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h (%1)</source>
        <translation>
            <numerusform>in %n Std. (%1)</numerusform>
            <numerusform>in %n Std. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times in a row)</source>
        <translation>
            <numerusform>%1 (%n-mal in Folge)</numerusform>
            <numerusform>%1 (%n-mal in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seen, %2 done</source>
        <translation>%1 gesehen, %2 erledigt</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Check &amp;connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Show in &amp;Jobs</source>
        <translation>In Auf&amp;trägen zeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh overview</source>
        <translation>Übersicht &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Run &amp;all now</source>
        <translation>A&amp;lle jetzt ausführen</translation>
    </message>
    <message>
        <source>Ask the console again whether it accepts the profile&apos;s token</source>
        <translation>Die Konsole erneut fragen, ob sie das Token des Profils akzeptiert</translation>
    </message>
    <message>
        <source>Jobs of this profile</source>
        <translation>Aufträge dieses Profils</translation>
    </message>
    <message>
        <source>Run the selected job now</source>
        <translation>Den ausgewählten Auftrag jetzt ausführen</translation>
    </message>
    <message>
        <source>Show the selected job&apos;s runs in the Jobs area</source>
        <translation>Die Läufe des ausgewählten Auftrags im Bereich Aufträge anzeigen</translation>
    </message>
    <message>
        <source>Read the connection and the jobs again (F5)</source>
        <translation>Verbindung und Aufträge erneut einlesen (F5)</translation>
    </message>
    <message>
        <source>Run every job of this profile now</source>
        <translation>Alle Aufträge dieses Profils jetzt ausführen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Kein Profil ist geöffnet.</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Übersicht von %1</translation>
    </message>
    <message>
        <source>Console: %1</source>
        <translation>Konsole: %1</translation>
    </message>
    <message>
        <source>, checked %1</source>
        <translation>, geprüft %1</translation>
    </message>
    <message>
        <source>Enter a new token…</source>
        <translation>Neues Token eingeben…</translation>
    </message>
    <message>
        <source>Edit the profile and enter a new token</source>
        <translation>Das Profil bearbeiten und ein neues Token eingeben</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s OpenCTI connection</source>
        <translation>Die OpenCTI-Verbindung des Profils bearbeiten</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the console connection again</source>
        <translation>Die Konsolenverbindung erneut prüfen</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s console connection</source>
        <translation>Die Konsolenverbindung des Profils bearbeiten</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run %1 again</source>
        <translation>%1 erneut ausführen</translation>
    </message>
    <message>
        <source>Show in Jobs</source>
        <translation>In Aufträgen zeigen</translation>
    </message>
    <message>
        <source>Show the runs of %1</source>
        <translation>Die Läufe von %1 anzeigen</translation>
    </message>
    <message>
        <source>Retry import</source>
        <translation>Import wiederholen</translation>
    </message>
    <message>
        <source>Import the failed threats into OpenCTI again</source>
        <translation>Die fehlgeschlagenen Bedrohungen erneut in OpenCTI importieren</translation>
    </message>
    <message>
        <source>Show imports</source>
        <translation>Importe zeigen</translation>
    </message>
    <message>
        <source>Show the failed threats in the OpenCTI import area</source>
        <translation>Die fehlgeschlagenen Bedrohungen im Bereich OpenCTI-Import anzeigen</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Erfordert Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>This profile runs no job yet: set up OpenCTI, IOC sources or firewall collections for it.</source>
        <translation>Dieses Profil führt noch keinen Auftrag aus. Richten Sie OpenCTI, IOC-Quellen oder Firewall-Sammlungen dafür ein.</translation>
    </message>
    <message>
        <source>%1: queued to run now.</source>
        <translation>%1: zur sofortigen Ausführung eingereiht.</translation>
    </message>
    <message>
        <source>%1 is already queued or running, or cannot run in this profile now.</source>
        <translation>%1 ist bereits eingereiht oder läuft, oder kann in diesem Profil derzeit nicht ausgeführt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued to run now.</source>
        <translation>
            <numerusform>%n Auftrag zur sofortigen Ausführung eingereiht.</numerusform>
            <numerusform>%n Aufträge zur sofortigen Ausführung eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job is already queued or running.</source>
        <translation>Alle Aufträge sind bereits eingereiht oder laufen.</translation>
    </message>
</context>
<context>
    <name>OverviewSnapshot</name>
    <message>
        <source>OpenCTI import</source>
        <translation>OpenCTI-Import</translation>
    </message>
    <message>
        <source>IOC pull: %1</source>
        <translation>IOC-Abruf: %1</translation>
    </message>
    <message>
        <source>IOC sharing: %1</source>
        <translation>IOC-Teilen: %1</translation>
    </message>
    <message>
        <source>Firewall export: %1</source>
        <translation>Firewall-Export: %1</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The keychain holds no SentinelOne token for this profile.</source>
        <translation>Der Schlüsselbund enthält kein SentinelOne-Token für dieses Profil.</translation>
    </message>
    <message>
        <source>No SentinelOne token: enter it to connect to the console.</source>
        <translation>Kein SentinelOne-Token. Geben Sie es ein, um sich mit der Konsole zu verbinden.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Token refused: the console did not accept the profile&apos;s API token (wrong, expired or revoked). Enter a new one.</source>
        <translation>Token abgelehnt: Die Konsole hat das API-Token des Profils nicht akzeptiert (falsch, abgelaufen oder widerrufen). Geben Sie ein neues ein.</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>OpenCTI is not ready: %1</source>
        <translation>OpenCTI ist nicht bereit: %1</translation>
    </message>
    <message>
        <source>no OpenCTI connection.</source>
        <translation>keine OpenCTI-Verbindung.</translation>
    </message>
    <message>
        <source>no reason was recorded.</source>
        <translation>es wurde kein Grund erfasst.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) flagged but failed in OpenCTI</source>
        <translation>
            <numerusform>%n markierte Bedrohung in OpenCTI fehlgeschlagen</numerusform>
            <numerusform>%n markierte Bedrohungen in OpenCTI fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (latest: %1)</source>
        <translation> (zuletzt: %1)</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>%1 … (%L2 in all)</source>
        <translation>%1 … (%L2 insgesamt)</translation>
    </message>
    <message>
        <source>Plan per target</source>
        <translation>Plan je Ziel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Plan shows what an export would change in each target, without changing anything.</source>
        <translation>Der Plan zeigt, was ein Export in jedem Ziel ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %L1 entries in %Ln rule(s). Nothing was changed.</source>
        <translation>
            <numerusform>Plan: %L1 Einträge in %Ln Regel. Es wurde nichts geändert.</numerusform>
            <numerusform>Plan: %L1 Einträge in %Ln Regeln. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Zurückgezogen: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln request(s)</source>
        <translation>
            <numerusform>%1; %Ln Anfrage</numerusform>
            <numerusform>%1; %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %L2 entries</source>
        <translation>&quot;%1&quot;, %L2 Einträge</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; zu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source> (taken over)</source>
        <translation> (übernommen)</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>+%L1 entries</source>
        <translation>+%L1 Einträge</translation>
    </message>
    <message>
        <source>−%L1 entries</source>
        <translation>−%L1 Einträge</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln protected, </source>
        <translation>
            <numerusform>%Ln geschützt, </numerusform>
            <numerusform>%Ln geschützt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 fewer entries by aggregation</source>
        <translation>, %L1 Einträge weniger durch Zusammenfassung</translation>
    </message>
    <message>
        <source>, %L1 more entries (ranges written as CIDR blocks)</source>
        <translation>, %L1 Einträge mehr (Bereiche als CIDR-Blöcke geschrieben)</translation>
    </message>
    <message>
        <source>protected %1</source>
        <translation>geschützt %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>abgelehnt %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 (a control character)</source>
        <translation>%1 (ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>%1 (a bidirectional text override)</source>
        <translation>%1 (eine bidirektionale Textüberschreibung)</translation>
    </message>
    <message>
        <source>Profile name: enter a name, e.g. the console&apos;s company name.</source>
        <translation>Profilname: Geben Sie einen Namen ein, z. B. den Firmennamen der Konsole.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Flag string</source>
        <translation>Markierungstext</translation>
    </message>
    <message>
        <source>%1: holds %2; use plain text on one line.</source>
        <translation>%1: enthält %2; verwenden Sie einfachen Text in einer Zeile.</translation>
    </message>
    <message>
        <source>Sites: choose at least one site, or all sites of the account.</source>
        <translation>Sites: Wählen Sie mindestens eine Site oder alle Sites des Kontos.</translation>
    </message>
    <message>
        <source>Flag string: enter the note text that flags a threat, e.g. [OpenCTI_add].</source>
        <translation>Markierungstext: Geben Sie den Notiztext ein, der eine Bedrohung markiert, z. B. [OpenCTI_add].</translation>
    </message>
    <message>
        <source>Sync period: %1</source>
        <translation>Synchronisierungszeitraum: %1</translation>
    </message>
    <message>
        <source>Maximum API attempts: use a whole number from 1 to 100.</source>
        <translation>Maximale API-Versuche: Verwenden Sie eine ganze Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>Import start date: choose the date from which threats are imported.</source>
        <translation>Import-Startdatum: Wählen Sie das Datum, ab dem Bedrohungen importiert werden.</translation>
    </message>
    <message>
        <source>OpenCTI URL: enter the platform address, e.g. https://opencti.example.com.</source>
        <translation>OpenCTI-URL: Geben Sie die Adresse der Plattform ein, z. B. https://opencti.example.com.</translation>
    </message>
    <message>
        <source>TLP marking: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>TLP-Kennzeichnung: Verwenden Sie TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT oder TLP:RED.</translation>
    </message>
    <message>
        <source>Connector ID: must be a UUID.</source>
        <translation>Connector-ID: muss eine UUID sein.</translation>
    </message>
    <message>
        <source>Pinned certificate: a SHA-256 fingerprint has 64 hexadecimal digits.</source>
        <translation>Gepinntes Zertifikat: Ein SHA-256-Fingerabdruck hat 64 Hexadezimalziffern.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot upgrade the settings file %1 from version %2: %3</source>
        <translation>Die Einstellungsdatei %1 kann nicht von Version %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: check that it exists and that you may read it.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden: Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid INI file; repair it or move it away.</source>
        <translation>Die Einstellungsdatei %1 ist keine gültige INI-Datei; reparieren Sie sie oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer S1 Bridge (settings version %2; this one understands version %3 and older). Update S1 Bridge, or use another settings file.</source>
        <translation>Die Einstellungsdatei %1 wurde von einer neueren Version von S1 Bridge geschrieben (Einstellungsversion %2; diese Version versteht Version %3 und älter). Aktualisieren Sie S1 Bridge oder verwenden Sie eine andere Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1: check that its folder exists and that you may write to it.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden: Prüfen Sie, ob ihr Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Profile ID: must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (use Profile::newId()).</source>
        <translation>Profil-ID: muss aus 1 bis 64 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen (verwenden Sie Profile::newId()).</translation>
    </message>
    <message>
        <source>Profile name: &quot;%1&quot; is already used by another profile; choose another name.</source>
        <translation>Profilname: &quot;%1&quot; wird bereits von einem anderen Profil verwendet; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile with the ID &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit der ID &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>The saved profiles, shared with the S1 Bridge window; their tokens are in the OS keychain.</source>
        <translation>Die gespeicherten Profile, gemeinsam mit dem S1-Bridge-Fenster genutzt; ihre Tokens liegen im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>List the saved profiles (shared with the S1 Bridge window).</source>
        <translation>Die gespeicherten Profile auflisten (gemeinsam mit dem S1-Bridge-Fenster genutzt).</translation>
    </message>
    <message>
        <source>Show a profile; its tokens: &quot;stored&quot;, &quot;missing&quot; or &quot;session only&quot;.</source>
        <translation>Ein Profil anzeigen; seine Tokens: &quot;gespeichert&quot;, &quot;fehlt&quot; oder &quot;nur Sitzung&quot;.</translation>
    </message>
    <message>
        <source>Every setting of the profile, and whether its tokens are in the keychain (&quot;session only&quot;:
there is no keychain). Never a token.</source>
        <translation>Jede Einstellung des Profils und ob seine Tokens im Schlüsselbund liegen (&quot;nur Sitzung&quot;:
es gibt keinen Schlüsselbund). Nie ein Token.</translation>
    </message>
    <message>
        <source>Make a profile from the OpenCTI SentinelOne connector&apos;s configuration.</source>
        <translation>Ein Profil aus der Konfiguration des OpenCTI-SentinelOne-Connectors erstellen.</translation>
    </message>
    <message>
        <source>FILE is the connector&apos;s docker-compose.yml, .env or config.yml. Its tokens go to the OS
keychain, never to the settings file. The profile is named after CONNECTOR_NAME (or the
console&apos;s host name) unless --name is given; a name already taken is refused.</source>
        <translation>FILE ist die docker-compose.yml, .env oder config.yml des Connectors. Seine Tokens kommen in den
Schlüsselbund des Betriebssystems, nie in die Einstellungsdatei. Das Profil wird nach CONNECTOR_NAME (oder
dem Hostnamen der Konsole) benannt, sofern --name nicht angegeben ist; ein bereits vergebener Name wird abgelehnt.</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation>Der Name des neuen Profils.</translation>
    </message>
    <message>
        <source>Delete a profile and its keychain entries.</source>
        <translation>Ein Profil und seine Schlüsselbundeinträge löschen.</translation>
    </message>
    <message>
        <source>No profiles yet: create one in S1 Bridge, or import a connector configuration with &apos;s1bridge-cli profiles import FILE&apos;.</source>
        <translation>Noch keine Profile: Erstellen Sie eines in S1 Bridge oder importieren Sie eine Connector-Konfiguration mit &apos;s1bridge-cli profiles import FILE&apos;.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CONSOLE</source>
        <translation>KONSOLE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>SITES</source>
        <translation>SITES</translation>
    </message>
    <message>
        <source>OPENCTI</source>
        <translation>OPENCTI</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>nur Sitzung</translation>
    </message>
    <message>
        <source>unknown (keychain error)</source>
        <translation>unbekannt (Schlüsselbundfehler)</translation>
    </message>
    <message>
        <source>S1 API token</source>
        <translation>S1-API-Token</translation>
    </message>
    <message>
        <source>OpenCTI token</source>
        <translation>OpenCTI-Token</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists; choose another name with --name NAME, or delete it first with &apos;s1bridge-cli profiles delete &quot;%1&quot;&apos;.</source>
        <translation>ein Profil namens &quot;%1&quot; existiert bereits; wählen Sie mit --name NAME einen anderen Namen oder löschen Sie es zuerst mit &apos;s1bridge-cli profiles delete &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Not imported (not settings of S1 Bridge): %1</source>
        <translation>Nicht importiert (keine Einstellungen von S1 Bridge): %1</translation>
    </message>
    <message>
        <source>s1bridge-cli: the profile &quot;%1&quot; cannot be saved:</source>
        <translation>s1bridge-cli: Das Profil &quot;%1&quot; kann nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>the profile was not imported: %1</source>
        <translation>das Profil wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>warning: the tokens were not stored: %1 With --profile, set S1_API_KEY in the environment.</source>
        <translation>Warnung: Die Tokens wurden nicht gespeichert: %1 Setzen Sie bei --profile S1_API_KEY in der Umgebung.</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; (console %2) from %3.</source>
        <translation>Profil &quot;%1&quot; (Konsole %2) aus %3 importiert.</translation>
    </message>
    <message>
        <source>Its tokens are in the keychain. Use it with: s1bridge-cli --profile &quot;%1&quot; threats list</source>
        <translation>Seine Tokens liegen im Schlüsselbund. Verwenden Sie es mit: s1bridge-cli --profile &quot;%1&quot; threats list</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; was kept: %2</source>
        <translation>das Profil &quot;%1&quot; wurde beibehalten: %2</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; and its keychain entries.</source>
        <translation>Profil &quot;%1&quot; und seine Schlüsselbundeinträge gelöscht.</translation>
    </message>
</context>
<context>
    <name>ProtectedList</name>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>Link-Local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>&quot;this network&quot; (unspecified)</source>
        <translation>„dieses Netzwerk“ (unspezifiziert)</translation>
    </message>
    <message>
        <source>the limited broadcast address</source>
        <translation>die eingeschränkte Broadcast-Adresse</translation>
    </message>
    <message>
        <source>%1 is %2, which is never blocked.</source>
        <translation>%1 ist %2 und wird nie blockiert.</translation>
    </message>
    <message>
        <source>%1 is %2 (%3), which is never blocked.</source>
        <translation>%1 ist %2 (%3) und wird nie blockiert.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which is %3 and never blocked.</source>
        <translation>%1 überschneidet sich mit %2, das %3 ist und nie blockiert wird.</translation>
    </message>
    <message>
        <source>one of your own networks</source>
        <translation>eines Ihrer eigenen Netzwerke</translation>
    </message>
    <message>
        <source>%1 is inside %2, %3, which is never blocked.</source>
        <translation>%1 liegt innerhalb von %2, %3, das nie blockiert wird.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, %3, which is never blocked.</source>
        <translation>%1 überschneidet sich mit %2, %3, das nie blockiert wird.</translation>
    </message>
    <message>
        <source>%1 is a private range; allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 ist ein privater Bereich; erlauben Sie private Bereiche in den Einstellungen der Sammlung, um ihn zu blockieren.</translation>
    </message>
    <message>
        <source>%1 is a private address (%2); allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 ist eine private Adresse (%2); erlauben Sie private Bereiche in den Einstellungen der Sammlung, um sie zu blockieren.</translation>
    </message>
    <message>
        <source>%1 is a private range (inside %2); allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 ist ein privater Bereich (innerhalb von %2); erlauben Sie private Bereiche in den Einstellungen der Sammlung, um ihn zu blockieren.</translation>
    </message>
    <message>
        <source>%1 overlaps the private range %2; allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 überschneidet sich mit dem privaten Bereich %2; erlauben Sie private Bereiche in den Einstellungen der Sammlung, um ihn zu blockieren.</translation>
    </message>
    <message>
        <source>%1 holds IPv4-mapped addresses, which reach %2: %3</source>
        <translation>%1 enthält IPv4-gemappte Adressen, die %2 erreichen: %3</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>One a line: 10.0.0.0/8, example.com, re:^evil, or a value</source>
        <translation>Eines pro Zeile: 10.0.0.0/8, example.com, re:^evil oder ein Wert</translation>
    </message>
    <message>
        <source>e.g. malware, phishing (any of them; empty: any)</source>
        <translation>z. B. malware, phishing (eines davon; leer: beliebig)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Types (none: every type):</source>
        <translation>Typen (keine: jeder Typ):</translation>
    </message>
    <message>
        <source>Sou&amp;rces (none: any):</source>
        <translation>&amp;Quellen (keine: beliebig):</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Minimum severity:</source>
        <translation>Mindest&amp;schweregrad:</translation>
    </message>
    <message>
        <source>Minimum s&amp;core:</source>
        <translation>Mindest&amp;bewertung:</translation>
    </message>
    <message>
        <source>Seen &amp;within:</source>
        <translation>&amp;Gesehen innerhalb:</translation>
    </message>
    <message>
        <source>Incl&amp;ude values:</source>
        <translation>Werte &amp;einschließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude values:</source>
        <translation>Werte a&amp;usschließen:</translation>
    </message>
    <message>
        <source>Never share (alwa&amp;ys wins):</source>
        <translation>&amp;Nie teilen (hat immer Vorrang):</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>Treffer:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The IOC database is not open.</source>
        <translation>Die IOC-Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Correct the rule to see what it matches.</source>
        <translation>Korrigieren Sie die Regel, um zu sehen, was sie erfasst.</translation>
    </message>
    <message>
        <source>%1 of %2 IOCs in the store match</source>
        <translation>%1 von %2 IOCs im Speicher passen</translation>
    </message>
</context>
<context>
    <name>RulePlanner</name>
    <message>
        <source>A rule named &quot;%1&quot; is already in this scope and was not created by S1 Bridge: it is left alone. Rename or delete it on the console, or adopt it.</source>
        <translation>Eine Regel namens &quot;%1&quot; existiert bereits in diesem Bereich und wurde nicht von S1 Bridge erstellt: Sie bleibt unverändert. Benennen Sie sie in der Konsole um, löschen Sie sie oder übernehmen Sie sie.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; must be renamed &quot;%2&quot;, but a rule of that name that S1 Bridge did not create is in this scope: rename or delete it on the console, or adopt it.</source>
        <translation>Die Regel &quot;%1&quot; muss in &quot;%2&quot; umbenannt werden, aber in diesem Bereich gibt es eine Regel dieses Namens, die S1 Bridge nicht erstellt hat: Benennen Sie sie in der Konsole um, löschen Sie sie oder übernehmen Sie sie.</translation>
    </message>
</context>
<context>
    <name>RuleTemplate</name>
    <message>
        <source>Rule %1: &quot;%2&quot; is not one of %3.</source>
        <translation>Regel %1: &quot;%2&quot; ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OS type</source>
        <translation>Betriebssystemtyp</translation>
    </message>
    <message>
        <source>Rule name: at most %1 characters (the console takes %2, and &quot; (99)&quot; may be added).</source>
        <translation>Regelname: höchstens %1 Zeichen (die Konsole erlaubt %2, und &quot; (99)&quot; kann angehängt werden).</translation>
    </message>
    <message>
        <source>Rule name: control and direction characters are not allowed; type the name again.</source>
        <translation>Regelname: Steuer- und Richtungszeichen sind nicht erlaubt; geben Sie den Namen erneut ein.</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Business rules: named filters over the IOC store that decide what is shared.</source>
        <translation>Geschäftsregeln: benannte Filter über den IOC-Speicher, die entscheiden, was geteilt wird.</translation>
    </message>
    <message>
        <source>List the business rules and their conditions.</source>
        <translation>Die Geschäftsregeln und ihre Bedingungen auflisten.</translation>
    </message>
    <message>
        <source>Show a rule and how many stored IOCs it lets through now.</source>
        <translation>Eine Regel anzeigen und wie viele gespeicherte IOCs sie derzeit durchlässt.</translation>
    </message>
    <message>
        <source>Add a rule from options or from a JSON file.</source>
        <translation>Eine Regel aus Optionen oder aus einer JSON-Datei hinzufügen.</translation>
    </message>
    <message>
        <source>Every condition given must hold; the exclusion list always wins (what must never be shared:
the organisation&apos;s own domains and ranges). A value pattern is a network (10.0.0.0/8,
2001:db8::/32) or an address, a domain (example.com: it and everything under it),
re:EXPRESSION (a regular expression), or a hash or URL (that value exactly). --include,
--exclude and --exclusion-list may be given several times, one pattern each.
--from-json FILE reads {&quot;types&quot;: [...], &quot;sources&quot;: [...], &quot;labels&quot;, &quot;minSeverity&quot;,
&quot;minScore&quot;, &quot;seenWithinDays&quot;, &quot;include&quot;, &quot;exclude&quot;, &quot;exclusionList&quot;} instead (sources by
name). Every problem is listed, naming its field; then nothing is stored (exit 2).</source>
        <translation>Jede angegebene Bedingung muss erfüllt sein; die Ausschlussliste hat immer Vorrang (was nie geteilt werden darf:
die eigenen Domains und Bereiche der Organisation). Ein Wertmuster ist ein Netzwerk (10.0.0.0/8,
2001:db8::/32) oder eine Adresse, eine Domain (example.com: sie und alles darunter),
re:EXPRESSION (ein regulärer Ausdruck) oder ein Hash oder eine URL (genau dieser Wert). --include,
--exclude und --exclusion-list können mehrfach angegeben werden, je ein Muster.
--from-json FILE liest stattdessen {&quot;types&quot;: [...], &quot;sources&quot;: [...], &quot;labels&quot;, &quot;minSeverity&quot;,
&quot;minScore&quot;, &quot;seenWithinDays&quot;, &quot;include&quot;, &quot;exclude&quot;, &quot;exclusionList&quot;} (Quellen nach
Name). Jedes Problem wird mit seinem Feld aufgeführt; dann wird nichts gespeichert (Exitcode 2).</translation>
    </message>
    <message>
        <source>IOC types, separated by commas (SHA256, MD5, URL ...).</source>
        <translation>IOC-Typen, durch Kommas getrennt (SHA256, MD5, URL ...).</translation>
    </message>
    <message>
        <source>Source names, separated by commas.</source>
        <translation>Quellennamen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Labels, separated by commas (any of them).</source>
        <translation>Labels, durch Kommas getrennt (eines davon).</translation>
    </message>
    <message>
        <source>Minimum severity, 0-7.</source>
        <translation>Mindestschweregrad, 0-7.</translation>
    </message>
    <message>
        <source>Minimum score, 0-100.</source>
        <translation>Mindestbewertung, 0-100.</translation>
    </message>
    <message>
        <source>Last seen within this many days.</source>
        <translation>Zuletzt gesehen innerhalb dieser Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>Only values matching PATTERN (repeatable).</source>
        <translation>Nur Werte, die PATTERN entsprechen (wiederholbar).</translation>
    </message>
    <message>
        <source>No values matching PATTERN (repeatable).</source>
        <translation>Keine Werte, die PATTERN entsprechen (wiederholbar).</translation>
    </message>
    <message>
        <source>Never share values matching PATTERN (repeatable; always wins).</source>
        <translation>Werte, die PATTERN entsprechen, nie teilen (wiederholbar; hat immer Vorrang).</translation>
    </message>
    <message>
        <source>Read the rule from a JSON file instead.</source>
        <translation>Die Regel stattdessen aus einer JSON-Datei lesen.</translation>
    </message>
    <message>
        <source>Remove a rule (refused while a sharing configuration uses it).</source>
        <translation>Eine Regel entfernen (abgelehnt, solange eine Freigabekonfiguration sie verwendet).</translation>
    </message>
    <message>
        <source>No business rules yet: &apos;s1bridge-cli rules add NAME --types SHA256,MD5&apos; adds one.</source>
        <translation>Noch keine Geschäftsregeln: &apos;s1bridge-cli rules add NAME --types SHA256,MD5&apos; fügt eine hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CONDITIONS</source>
        <translation>BEDINGUNGEN</translation>
    </message>
    <message>
        <source>no business rule named &quot;%1&quot;; &apos;s1bridge-cli rules list&apos; shows them</source>
        <translation>keine Geschäftsregel namens &quot;%1&quot;; &apos;s1bridge-cli rules list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>  (no conditions: every IOC)</source>
        <translation>  (keine Bedingungen: jeder IOC)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Matching IOCs now: %1</source>
        <translation>Derzeit passende IOCs: %1</translation>
    </message>
    <message>
        <source>NAME: a rule needs a name</source>
        <translation>NAME: Eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <source>a business rule named &quot;%1&quot; exists already (&apos;rules remove %1&apos; first)</source>
        <translation>eine Geschäftsregel namens &quot;%1&quot; existiert bereits (zuerst &apos;rules remove %1&apos;)</translation>
    </message>
    <message>
        <source>--%1 and --from-json cannot be combined: put it in the file</source>
        <translation>--%1 und --from-json können nicht kombiniert werden: Geben Sie es in der Datei an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not JSON at offset %2: %3; expected a rule object</source>
        <translation>%1: kein JSON bei Offset %2: %3; erwartet wird ein Regelobjekt</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (a business rule)</source>
        <translation>%1: erwartet wird ein JSON-Objekt (eine Geschäftsregel)</translation>
    </message>
    <message>
        <source>--%1: expected a whole number, not &quot;%2&quot;</source>
        <translation>--%1: erwartet wird eine ganze Zahl, nicht &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the rule &quot;%1&quot; was not added: %n problem(s)</source>
        <translation>
            <numerusform>die Regel &quot;%1&quot; wurde nicht hinzugefügt: %n Problem</numerusform>
            <numerusform>die Regel &quot;%1&quot; wurde nicht hinzugefügt: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the rule &quot;%1&quot;; it lets %2 stored IOCs through now.</source>
        <translation>Regel &quot;%1&quot; hinzugefügt; sie lässt derzeit %2 gespeicherte IOCs durch.</translation>
    </message>
    <message>
        <source>the sharing configuration &quot;%1&quot; uses the rule &quot;%2&quot;: remove it or give it another rule first</source>
        <translation>die Freigabekonfiguration &quot;%1&quot; verwendet die Regel &quot;%2&quot;: Entfernen Sie sie oder weisen Sie ihr zuerst eine andere Regel zu</translation>
    </message>
    <message>
        <source>Removed the rule &quot;%1&quot;.</source>
        <translation>Regel &quot;%1&quot; entfernt.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The stored rule has problems: %1</source>
        <translation>Die gespeicherte Regel hat Probleme: %1</translation>
    </message>
    <message>
        <source>A new rule: name it, set its filters, then Save.</source>
        <translation>Eine neue Regel: Benennen Sie sie, legen Sie ihre Filter fest und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the rule &quot;%1&quot;.</source>
        <translation>Regel &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; uses the rule &quot;%2&quot;: give it another rule or remove it first.</source>
        <translation>Die Freigabekonfiguration &quot;%1&quot; verwendet die Regel &quot;%2&quot;: Weisen Sie ihr eine andere Regel zu oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Deleted the rule &quot;%1&quot;.</source>
        <translation>Regel &quot;%1&quot; gelöscht.</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Geschäftsregeln</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>Runs and imported items per day</source>
        <translation>Läufe und importierte Elemente pro Tag</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Imported items</source>
        <translation>Importierte Elemente</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The scheduler in the foreground.</source>
        <translation>Der Zeitplaner im Vordergrund.</translation>
    </message>
    <message>
        <source>Run the scheduler in the foreground: the OpenCTI import, IOC pulls and sharing of each profile.</source>
        <translation>Den Zeitplaner im Vordergrund ausführen: den OpenCTI-Import, IOC-Abrufe und die Freigabe jedes Profils.</translation>
    </message>
    <message>
        <source>For each --profile NAME (several are allowed; without one, the environment), the OpenCTI import
runs every sync period of the profile (CONNECTOR_DURATION_PERIOD), and so do the pulls of its
feed, s1-threats, taxii and (with OpenCTI) opencti sources and its enabled sharing
configurations, recorded in the job history,
until SIGTERM or SIGINT (the running import checkpoints; exit 0). --once: every task once, then
exit with the highest exit code of the runs.

Verbosity: -v what the jobs do, -vv (or -v -v) every request; or the connector&apos;s levels
-v 1|2|3, --verbosity 1|2|3 (1 warnings, 2 as -v, 3 as -vv). A level given as a number wins
over -v flags (run --once -vv -v 1 logs warnings only); of several numbers, the last counts.</source>
        <translation>Für jedes --profile NAME (mehrere sind erlaubt; ohne Angabe die Umgebung) läuft der OpenCTI-Import
in jedem Synchronisierungszeitraum des Profils (CONNECTOR_DURATION_PERIOD), ebenso die Abrufe seiner
Quellen vom Typ feed, s1-threats, taxii und (mit OpenCTI) opencti sowie seine aktivierten
Freigabekonfigurationen, erfasst im Auftragsverlauf,
bis SIGTERM oder SIGINT (der laufende Import speichert seinen Stand; Exitcode 0). --once: jede Aufgabe einmal, dann
mit dem höchsten Exitcode der Läufe beenden.

Ausführlichkeit: -v was die Aufträge tun, -vv (oder -v -v) jede Anfrage; oder die Stufen des Connectors
-v 1|2|3, --verbosity 1|2|3 (1 Warnungen, 2 wie -v, 3 wie -vv). Eine als Zahl angegebene Stufe hat Vorrang
vor -v-Schaltern (run --once -vv -v 1 protokolliert nur Warnungen); von mehreren Zahlen zählt die letzte.</translation>
    </message>
    <message>
        <source>Run the saved profile NAME (its tokens from the keychain); repeat for more.</source>
        <translation>Das gespeicherte Profil NAME ausführen (seine Tokens aus dem Schlüsselbund); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Run every task once, then exit.</source>
        <translation>Jede Aufgabe einmal ausführen, dann beenden.</translation>
    </message>
    <message>
        <source>Use the connector configuration in DIR (docker-compose.yml, .env or config.yml), without saving it.</source>
        <translation>Die Connector-Konfiguration in DIR (docker-compose.yml, .env oder config.yml) verwenden, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>Write the log to DIR/s1bridge-run.log, or to stdout (default: stderr). -ll is accepted too.</source>
        <translation>Das Protokoll nach DIR/s1bridge-run.log oder auf stdout schreiben (Standard: stderr). -ll wird ebenfalls akzeptiert.</translation>
    </message>
    <message>
        <source>1 warnings, 2 what the jobs do, 3 every request (also -v 1|2|3); wins over -v flags.</source>
        <translation>1 Warnungen, 2 was die Aufträge tun, 3 jede Anfrage (auch -v 1|2|3); hat Vorrang vor -v-Schaltern.</translation>
    </message>
    <message>
        <source>The run&apos;s name in the logs.</source>
        <translation>Der Name des Laufs in den Protokollen.</translation>
    </message>
    <message>
        <source>Keep the job history this many days (default: the window&apos;s setting, 30 unless changed).</source>
        <translation>Den Auftragsverlauf so viele Tage aufbewahren (Standard: die Einstellung des Fensters, 30, sofern nicht geändert).</translation>
    </message>
    <message>
        <source>--verbosity (or -v N) takes 1 (warnings), 2 (what the jobs do) or 3 (every request), not &quot;%1&quot;</source>
        <translation>--verbosity (oder -v N) akzeptiert 1 (Warnungen), 2 (was die Aufträge tun) oder 3 (jede Anfrage), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--history-days takes a number of days (1 or more)</source>
        <translation>--history-days erwartet eine Anzahl von Tagen (1 oder mehr)</translation>
    </message>
    <message>
        <source>%1: the sync period (CONNECTOR_DURATION_PERIOD): %2</source>
        <translation>%1: der Synchronisierungszeitraum (CONNECTOR_DURATION_PERIOD): %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is given twice</source>
        <translation>Profil &quot;%1&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>use either --config DIR or --profile NAME, not both</source>
        <translation>verwenden Sie entweder --config DIR oder --profile NAME, nicht beides</translation>
    </message>
    <message>
        <source>--config: %1 holds no docker-compose.yml, .env or config.yml</source>
        <translation>--config: %1 enthält keine docker-compose.yml, .env oder config.yml</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>warning: the job history: %1</source>
        <translation>Warnung: der Auftragsverlauf: %1</translation>
    </message>
    <message>
        <source>%1: stopped before the first run (signal received)</source>
        <translation>%1: vor dem ersten Lauf beendet (Signal empfangen)</translation>
    </message>
    <message>
        <source>warning: IOC pulls and sharing are not run: %1</source>
        <translation>Warnung: IOC-Abrufe und Freigaben werden nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: IOC pulls, sharing and firewall exports only, no OpenCTI import: %2</source>
        <translation>%1: nur IOC-Abrufe, Freigaben und Firewall-Exporte, kein OpenCTI-Import: %2</translation>
    </message>
    <message>
        <source>%1 [%2]: started: %3</source>
        <translation>%1 [%2]: gestartet: %3</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>%1 [%2]: %3: %4</source>
        <translation>%1 [%2]: %3: %4</translation>
    </message>
    <message>
        <source>%1 [%2]: next import at %3</source>
        <translation>%1 [%2]: nächster Import um %3</translation>
    </message>
    <message>
        <source>%1 [%2]: next %3 at %4</source>
        <translation>%1 [%2]: nächste Ausführung von %3 um %4</translation>
    </message>
    <message>
        <source>%1: stopping (signal received)</source>
        <translation>%1: wird beendet (Signal empfangen)</translation>
    </message>
    <message>
        <source>%1: %2 profile(s): %3%4</source>
        <translation>%1: %2 Profil(e): %3%4</translation>
    </message>
    <message>
        <source>; once</source>
        <translation>; einmalig</translation>
    </message>
    <message>
        <source>%1: stopped (exit code %2)</source>
        <translation>%1: beendet (Exitcode %2)</translation>
    </message>
</context>
<context>
    <name>RunLog</name>
    <message>
        <source>--loglocation takes a folder or stdout</source>
        <translation>--loglocation erwartet einen Ordner oder stdout</translation>
    </message>
    <message>
        <source>--loglocation: &quot;%1&quot; is not a folder that can be created or written; give a folder or stdout</source>
        <translation>--loglocation: &quot;%1&quot; ist kein Ordner, der erstellt oder beschrieben werden kann; geben Sie einen Ordner oder stdout an</translation>
    </message>
    <message>
        <source>--loglocation: cannot write %1: %2</source>
        <translation>--loglocation: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>S1Dialect</name>
    <message>
        <source>Console URL: not configured.</source>
        <translation>Konsolen-URL: nicht konfiguriert.</translation>
    </message>
    <message>
        <source>the JSON answer has no &quot;data&quot; member</source>
        <translation>die JSON-Antwort hat kein &quot;data&quot;-Element</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;data&quot; is %1, where the API gives a list or an object</source>
        <translation>&quot;data&quot; ist %1, wo die API eine Liste oder ein Objekt liefert</translation>
    </message>
    <message>
        <source>&quot;pagination&quot; is %1, where the API gives an object</source>
        <translation>&quot;pagination&quot; ist %1, wo die API ein Objekt liefert</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>die Konsole</translation>
    </message>
    <message>
        <source>%1 refused the API token (HTTP 401). The token is wrong, expired or revoked: generate a new one in the console (your user menu, Actions, API Token Operations, Regenerate API token) and enter it again.</source>
        <translation>%1 hat das API-Token abgelehnt (HTTP 401). Das Token ist falsch, abgelaufen oder widerrufen: Erzeugen Sie in der Konsole ein neues (Ihr Benutzermenü, Actions, API Token Operations, Regenerate API token) und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>%1 refused the firewall-control request (HTTP 403): the account or site has no Firewall Control, which needs the Control (or Complete) licence (the Control SKU), or the API token&apos;s user has no Firewall Control role there. Ask your SentinelOne administrator to enable Firewall Control for the account or site (and to give the user a role that manages firewall rules), or choose a scope that has it.</source>
        <translation>%1 hat die Firewall-Control-Anfrage abgelehnt (HTTP 403): Das Konto oder die Site hat kein Firewall Control, das die Control- (oder Complete-)Lizenz (die Control-SKU) erfordert, oder der Benutzer des API-Tokens hat dort keine Firewall-Control-Rolle. Bitten Sie Ihren SentinelOne-Administrator, Firewall Control für das Konto oder die Site zu aktivieren (und dem Benutzer eine Rolle zu geben, die Firewall-Regeln verwaltet), oder wählen Sie einen Bereich, der es hat.</translation>
    </message>
    <message>
        <source>The API token&apos;s user spans several accounts or sites, and %1 does not take threat-intelligence IOCs from such a user yet (HTTP 403, code %2). Choose one account or one site as the scope of the IOCs, or use the token of a user of that single account or site.</source>
        <translation>Der Benutzer des API-Tokens umfasst mehrere Konten oder Sites, und %1 nimmt von einem solchen Benutzer noch keine IOCs für Bedrohungsinformationen an (HTTP 403, Code %2). Wählen Sie ein Konto oder eine Site als Bereich der IOCs oder verwenden Sie das Token eines Benutzers genau dieses Kontos oder dieser Site.</translation>
    </message>
    <message>
        <source>The API token is valid but has no rights for this request (HTTP 403). Check that the token&apos;s user has a role on the chosen account or site, or choose another scope.</source>
        <translation>Das API-Token ist gültig, hat aber keine Rechte für diese Anfrage (HTTP 403). Prüfen Sie, ob der Benutzer des Tokens eine Rolle im gewählten Konto oder in der gewählten Site hat, oder wählen Sie einen anderen Bereich.</translation>
    </message>
    <message>
        <source>The firewall rule is no longer on %1 (HTTP 404): it was deleted there meanwhile. Plan again: the export creates it anew.</source>
        <translation>Die Firewall-Regel ist auf %1 nicht mehr vorhanden (HTTP 404): Sie wurde dort inzwischen gelöscht. Planen Sie erneut: Der Export erstellt sie neu.</translation>
    </message>
    <message>
        <source>%1 does not offer Firewall Control (HTTP 404): it needs the Control (or Complete) licence (the Control SKU) on the account or site. Ask your SentinelOne administrator or account team to enable Firewall Control for the account or site, or choose one that has it; until then no firewall rules can be exported there.</source>
        <translation>%1 bietet kein Firewall Control an (HTTP 404): Dafür ist die Control- (oder Complete-)Lizenz (die Control-SKU) für das Konto oder die Site nötig. Bitten Sie Ihren SentinelOne-Administrator oder Ihr Account-Team, Firewall Control für das Konto oder die Site zu aktivieren, oder wählen Sie einen Bereich, der es hat; bis dahin können dorthin keine Firewall-Regeln exportiert werden.</translation>
    </message>
    <message>
        <source>%1 does not offer %2 (HTTP 404). The feature is probably not licensed for this account (Firewall Control needs the Control SKU) or not present in this console version.</source>
        <translation>%1 bietet %2 nicht an (HTTP 404). Die Funktion ist für dieses Konto wahrscheinlich nicht lizenziert (Firewall Control erfordert die Control-SKU) oder in dieser Konsolenversion nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 already has a firewall rule of that name in the scope (HTTP 400): names are unique within a site, account or group. Adopt or delete that rule, or choose another name.</source>
        <translation>%1 hat im Bereich bereits eine Firewall-Regel dieses Namens (HTTP 400): Namen sind innerhalb einer Site, eines Kontos oder einer Gruppe eindeutig. Übernehmen oder löschen Sie diese Regel oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 refused the firewall-control request to %2 (HTTP 400); its reasons are in the details. Correct the rule or the filter (name, OS types, addresses, or fewer entries in one rule) and try again.</source>
        <translation>%1 hat die Firewall-Control-Anfrage an %2 abgelehnt (HTTP 400); die Gründe stehen in den Details. Korrigieren Sie die Regel oder den Filter (Name, Betriebssystemtypen, Adressen oder weniger Einträge in einer Regel) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request to %2 (HTTP 400).</source>
        <translation>%1 hat die Anfrage an %2 abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>%1 kept answering &quot;too many requests&quot; (HTTP 429) after every attempt. Wait a few minutes, or raise the maximum number of API attempts.</source>
        <translation>%1 hat nach jedem Versuch weiterhin &quot;too many requests&quot; (HTTP 429) geantwortet. Warten Sie einige Minuten oder erhöhen Sie die maximale Anzahl der API-Versuche.</translation>
    </message>
    <message>
        <source>%1 answered the threat-intelligence request with an internal error (HTTP 500). It answers so when the request names no scope: choose an account, a site or a group as the scope of the IOCs and try again.</source>
        <translation>%1 hat die Anfrage für Bedrohungsinformationen mit einem internen Fehler beantwortet (HTTP 500). So antwortet die Konsole, wenn die Anfrage keinen Bereich nennt: Wählen Sie ein Konto, eine Site oder eine Gruppe als Bereich der IOCs und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2) after every attempt. The console may be down or under maintenance; try again later.</source>
        <translation>%1 hat nach jedem Versuch mit einem Serverfehler (HTTP %2) geantwortet. Die Konsole ist möglicherweise ausgefallen oder wird gewartet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 is not a SentinelOne console: it answered %2 with a web page or unexpected data instead of the management API. Check the console URL (for example https://yourcompany.sentinelone.net).</source>
        <translation>%1 ist keine SentinelOne-Konsole: Es hat auf %2 mit einer Webseite oder unerwarteten Daten statt der Verwaltungs-API geantwortet. Prüfen Sie die Konsolen-URL (zum Beispiel https://yourcompany.sentinelone.net).</translation>
    </message>
    <message>
        <source>%1 sent an incomplete or malformed answer for %2 after every attempt.</source>
        <translation>%1 hat nach jedem Versuch eine unvollständige oder fehlerhafte Antwort auf %2 gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3, so reading stopped there and nothing of it was used. An API answer that large is not expected: check that the console URL is the console&apos;s own address (for example https://yourcompany.sentinelone.net), not a proxy or a download.</source>
        <translation>%1 hat auf %2 eine Antwort gesendet, die größer als die Größengrenze von %3 ist; das Lesen wurde daher dort beendet und nichts davon verwendet. Eine so große API-Antwort ist nicht zu erwarten: Prüfen Sie, ob die Konsolen-URL die eigene Adresse der Konsole ist (zum Beispiel https://yourcompany.sentinelone.net) und kein Proxy oder Download.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere, so the API token was not sent. Use the final console address directly if you trust it.</source>
        <translation>%1 hat die Anfrage an eine andere Stelle umgeleitet, daher wurde das API-Token nicht gesendet. Verwenden Sie direkt die endgültige Konsolenadresse, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. If the console uses a private certificate authority, install it or pin the certificate in the profile&apos;s TLS settings.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig. Wenn die Konsole eine private Zertifizierungsstelle verwendet, installieren Sie diese oder pinnen Sie das Zertifikat in den TLS-Einstellungen des Profils.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 did not complete within %3, after every attempt. The console or the network is very slow right now; try again later.</source>
        <translation>Die Antwort von %1 auf %2 wurde nach jedem Versuch nicht innerhalb von %3 abgeschlossen. Die Konsole oder das Netzwerk ist gerade sehr langsam; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: nothing came for %2 while it answered %3, after every attempt. Check the network or the console URL.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Bei der Antwort auf %3 kam %2 lang nichts mehr, nach jedem Versuch. Prüfen Sie das Netzwerk oder die Konsolen-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, after every attempt. Check the network or the console URL.</source>
        <translation>%1 hat nach jedem Versuch nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder die Konsolen-URL.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the console URL, your network connection and any proxy.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Konsolen-URL, Ihre Netzwerkverbindung und einen eventuellen Proxy.</translation>
    </message>
</context>
<context>
    <name>S1ThreatSource</name>
    <message>
        <source>Initial range: expected 1 to 3,650 days, not %L1.</source>
        <translation>Anfangszeitraum: erwartet werden 1 bis 3.650 Tage, nicht %L1.</translation>
    </message>
    <message>
        <source>Hash types: choose at least one of SHA256, SHA1 and MD5.</source>
        <translation>Hash-Typen: Wählen Sie mindestens einen von SHA256, SHA1 und MD5.</translation>
    </message>
    <message>
        <source>Hash types: %1 is not a hash; expected SHA256, SHA1 or MD5.</source>
        <translation>Hash-Typen: %1 ist kein Hash; erwartet wird SHA256, SHA1 oder MD5.</translation>
    </message>
</context>
<context>
    <name>S1ThreatSourceEditor</name>
    <message>
        <source>S&amp;ites:</source>
        <translation>S&amp;ites:</translation>
    </message>
    <message>
        <source>Analyst verdicts:</source>
        <translation>Analystenurteile:</translation>
    </message>
    <message>
        <source>&amp;True positive</source>
        <translation>&amp;Richtig positiv</translation>
    </message>
    <message>
        <source>Sus&amp;picious</source>
        <translation>&amp;Verdächtig</translation>
    </message>
    <message>
        <source>&amp;Undefined</source>
        <translation>&amp;Undefiniert</translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation>&amp;Falsch positiv</translation>
    </message>
    <message>
        <source>e.g. Malware, Ransomware (empty: every one)</source>
        <translation>z. B. Malware, Ransomware (leer: alle)</translation>
    </message>
    <message>
        <source>C&amp;lassifications:</source>
        <translation>&amp;Klassifizierungen:</translation>
    </message>
    <message>
        <source>Confidence levels:</source>
        <translation>Konfidenzstufen:</translation>
    </message>
    <message>
        <source>&amp;Malicious</source>
        <translation>&amp;Bösartig</translation>
    </message>
    <message>
        <source>Suspici&amp;ous (confidence)</source>
        <translation>Verdä&amp;chtig (Konfidenz)</translation>
    </message>
    <message>
        <source>Hash types:</source>
        <translation>Hash-Typen:</translation>
    </message>
    <message>
        <source>SHA&amp;256</source>
        <translation>SHA&amp;256</translation>
    </message>
    <message>
        <source>M&amp;D5</source>
        <translation>M&amp;D5</translation>
    </message>
    <message>
        <source>SHA&amp;1</source>
        <translation>SHA&amp;1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>First pull looks &amp;back:</source>
        <translation>Erster Abruf reicht &amp;zurück:</translation>
    </message>
    <message>
        <source>The console is not connected: the sites cannot be listed; without a choice the profile&apos;s whole scope is read.</source>
        <translation>Die Konsole ist nicht verbunden: Die Sites können nicht aufgelistet werden; ohne Auswahl wird der gesamte Bereich des Profils gelesen.</translation>
    </message>
    <message>
        <source>Loading the console&apos;s sites…</source>
        <translation>Sites der Konsole werden geladen…</translation>
    </message>
    <message>
        <source>The console&apos;s sites could not be listed: %1</source>
        <translation>Die Sites der Konsole konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>None checked: every site of the profile&apos;s scope.</source>
        <translation>Keine ausgewählt: jede Site im Bereich des Profils.</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>%1: the scheme &quot;%2&quot; is not supported; use https://.</source>
        <translation>%1: Das Schema &quot;%2&quot; wird nicht unterstützt; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>%1: do not put a user name or password in the address.</source>
        <translation>%1: Geben Sie keinen Benutzernamen und kein Passwort in der Adresse an.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid address; %3</source>
        <translation>%1: &quot;%2&quot; ist keine gültige Adresse; %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no host name; %3</source>
        <translation>%1: &quot;%2&quot; hat keinen Hostnamen; %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No profile is open: the profile&apos;s behaviour is edited here once one is.</source>
        <translation>Kein Profil ist geöffnet: Das Verhalten des Profils wird hier bearbeitet, sobald eines geöffnet ist.</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>With a system tray, closing the window keeps S1 Bridge syncing in the background.</source>
        <translation>Mit einem Infobereich synchronisiert S1 Bridge nach dem Schließen des Fensters im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Auftragsverlauf</translation>
    </message>
    <message>
        <source>Keep runs for:</source>
        <translation>Läufe aufbewahren:</translation>
    </message>
    <message>
        <source>Could not change the login start: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Import &amp;flagged threats only</source>
        <translation>Nur &amp;markierte Bedrohungen importieren</translation>
    </message>
    <message>
        <source>Import &amp;every threat created after</source>
        <translation>&amp;Jede Bedrohung importieren, die erstellt wurde nach</translation>
    </message>
    <message>
        <source>Import threats created after</source>
        <translation>Bedrohungen importieren, die erstellt wurden nach</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Flag &amp;text:</source>
        <translation>Markierungs&amp;text:</translation>
    </message>
    <message>
        <source>An analyst flags a threat for import by adding a note that contains this text.</source>
        <translation>Ein Analyst markiert eine Bedrohung für den Import, indem er eine Notiz mit diesem Text hinzufügt.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Console and OpenCTI connections: Profile ▸ Edit profile.</source>
        <translation>Konsolen- und OpenCTI-Verbindungen: Profil ▸ Profil bearbeiten.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when S1 Bridge starts again.</source>
        <translation>Wird beim nächsten Start von S1 Bridge wirksam.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Saved. Takes effect when S1 Bridge starts again.</source>
        <translation>Gespeichert. Wird beim nächsten Start von S1 Bridge wirksam.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up S1 Bridge</source>
        <translation>S1 Bridge einrichten</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SharingCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Sharing configurations (sources and a rule -&gt; a destination), and the whole exchange setup as JSON.</source>
        <translation>Freigabekonfigurationen (Quellen und eine Regel -&gt; ein Ziel) sowie die gesamte Austauschkonfiguration als JSON.</translation>
    </message>
    <message>
        <source>List the sharing configurations.</source>
        <translation>Die Freigabekonfigurationen auflisten.</translation>
    </message>
    <message>
        <source>Show a sharing configuration and how many IOCs it shared, by state.</source>
        <translation>Eine Freigabekonfiguration anzeigen und wie viele IOCs sie geteilt hat, nach Status.</translation>
    </message>
    <message>
        <source>Remove a sharing configuration (refused while IOCs are shared through it).</source>
        <translation>Eine Freigabekonfiguration entfernen (abgelehnt, solange IOCs über sie geteilt sind).</translation>
    </message>
    <message>
        <source>Print the profile&apos;s sources, the rules and the sharing configurations as one JSON document.</source>
        <translation>Die Quellen des Profils, die Regeln und die Freigabekonfigurationen als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>{&quot;format&quot;: &quot;s1bridge-exchange&quot;, &quot;version&quot;: 1, &quot;sources&quot;: [{name, kind, settings}],
&quot;rules&quot;: [{name, definition}], &quot;sharing&quot;: [{name, definition}]}; sources are named, not
numbered, so the document can be kept in version control and imported elsewhere.
No checkpoints, no IOCs, never a secret.</source>
        <translation>{&quot;format&quot;: &quot;s1bridge-exchange&quot;, &quot;version&quot;: 1, &quot;sources&quot;: [{name, kind, settings}],
&quot;rules&quot;: [{name, definition}], &quot;sharing&quot;: [{name, definition}]}; Quellen werden benannt, nicht
nummeriert, sodass das Dokument in einer Versionsverwaltung gespeichert und anderswo importiert werden kann.
Keine Checkpoints, keine IOCs, nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>Create or replace sources, rules and sharing configurations from an exported document.</source>
        <translation>Quellen, Regeln und Freigabekonfigurationen aus einem exportierten Dokument erstellen oder ersetzen.</translation>
    </message>
    <message>
        <source>Everything is checked before anything is written: every problem is listed, naming
its place (sources[2].settings.url ...), and then nothing changes (exit 2). Entries are
matched by name: an existing one is replaced (a source keeps its checkpoint and its
IOCs); what the document does not name stays.</source>
        <translation>Alles wird geprüft, bevor etwas geschrieben wird: Jedes Problem wird mit seiner Stelle
(sources[2].settings.url ...) aufgeführt, und dann ändert sich nichts (Exitcode 2). Einträge werden
über den Namen zugeordnet: Ein vorhandener wird ersetzt (eine Quelle behält ihren Checkpoint und ihre
IOCs); was das Dokument nicht nennt, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Add a sharing configuration: sources and a rule -&gt; the console&apos;s threat intelligence, OpenCTI or a file.</source>
        <translation>Eine Freigabekonfiguration hinzufügen: Quellen und eine Regel -&gt; die Bedrohungsinformationen der Konsole, OpenCTI oder eine Datei.</translation>
    </message>
    <message>
        <source>--destination s1 (the default) needs --scope (account:ID, site:ID or group:ID; never empty);
--destination opencti sends indicators to the OpenCTI of the profile (--to-profile NAME);
--destination file writes every shared IOC to --path (absolute) as --format csv or stix.
Without --sources, every source; without --rule, every IOC of them. --valid-days TYPE=N,...
sets how long each type lives at the destination (cut to SentinelOne&apos;s caps there: 30 days
for IPs, 180 for the others; a note says so; a file keeps each IOC&apos;s own valid until).
Every problem is named by its option; nothing is saved (exit 2).</source>
        <translation>--destination s1 (Standard) erfordert --scope (account:ID, site:ID oder group:ID; nie leer);
--destination opencti sendet Indikatoren an das OpenCTI des Profils (--to-profile NAME);
--destination file schreibt jeden geteilten IOC nach --path (absolut) als --format csv oder stix.
Ohne --sources jede Quelle; ohne --rule jeder IOC daraus. --valid-days TYPE=N,...
legt fest, wie lange jeder Typ am Ziel gültig bleibt (dort auf die Obergrenzen von SentinelOne gekürzt: 30 Tage
für IPs, 180 für die übrigen; ein Hinweis sagt das; eine Datei behält das eigene Gültig-bis jedes IOCs).
Jedes Problem wird mit seiner Option genannt; nichts wird gespeichert (Exitcode 2).</translation>
    </message>
    <message>
        <source>Where the IOCs go: account:ID, site:ID or group:ID.</source>
        <translation>Wohin die IOCs gehen: account:ID, site:ID oder group:ID.</translation>
    </message>
    <message>
        <source>The sources (names, separated by commas); default all.</source>
        <translation>Die Quellen (Namen, durch Kommas getrennt); Standard: alle.</translation>
    </message>
    <message>
        <source>The business rule that decides what is shared.</source>
        <translation>Die Geschäftsregel, die entscheidet, was geteilt wird.</translation>
    </message>
    <message>
        <source>The `source` written on each IOC (default &quot;S1 Bridge&quot;).</source>
        <translation>Die `source`, die auf jeden IOC geschrieben wird (Standard &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>Days an IOC lives at the console, per type: SHA256=180,IPV4=30.</source>
        <translation>Tage, die ein IOC in der Konsole gültig bleibt, je Typ: SHA256=180,IPV4=30.</translation>
    </message>
    <message>
        <source>IOCs per request (1-%1, default %2).</source>
        <translation>IOCs pro Anfrage (1-%1, Standard %2).</translation>
    </message>
    <message>
        <source>Pace below the console&apos;s rate limit (default %1; 0: no pacing).</source>
        <translation>Drosselung unterhalb der Ratenbegrenzung der Konsole (Standard %1; 0: keine Drosselung).</translation>
    </message>
    <message>
        <source>Send to the console (or the OpenCTI) of this saved profile (default: the one the sources belong to).</source>
        <translation>An die Konsole (oder das OpenCTI) dieses gespeicherten Profils senden (Standard: das Profil, zu dem die Quellen gehören).</translation>
    </message>
    <message>
        <source>Where the IOCs go: s1 (the console&apos;s threat intelligence, the default), opencti (the profile&apos;s OpenCTI, as indicators) or file (--path, --format).</source>
        <translation>Wohin die IOCs gehen: s1 (die Bedrohungsinformationen der Konsole, Standard), opencti (das OpenCTI des Profils, als Indikatoren) oder file (--path, --format).</translation>
    </message>
    <message>
        <source>--destination file: the absolute path of the file written at each run.</source>
        <translation>--destination file: der absolute Pfad der Datei, die bei jedem Lauf geschrieben wird.</translation>
    </message>
    <message>
        <source>--destination file: csv (the default) or stix (a STIX 2.1 bundle).</source>
        <translation>--destination file: csv (Standard) oder stix (ein STIX-2.1-Bundle).</translation>
    </message>
    <message>
        <source>Saved, but not run by &apos;s1bridge-cli run&apos; on its period.</source>
        <translation>Gespeichert, aber nicht von &apos;s1bridge-cli run&apos; in seinem Zeitraum ausgeführt.</translation>
    </message>
    <message>
        <source>Send nothing: say what would be sent.</source>
        <translation>Nichts senden: angeben, was gesendet würde.</translation>
    </message>
    <message>
        <source>How many IOCs would be created, renewed and retracted, with samples; sends nothing.</source>
        <translation>Wie viele IOCs erstellt, erneuert und zurückgezogen würden, mit Beispielen; sendet nichts.</translation>
    </message>
    <message>
        <source>Share now: send what is new or changed, renew, retract (recorded in the job history).</source>
        <translation>Jetzt teilen: Neues oder Geändertes senden, erneuern, zurückziehen (im Auftragsverlauf erfasst).</translation>
    </message>
    <message>
        <source>Progress on stderr; the counts on stdout. A killed run resumes where it stopped: IOCs
sent without a recorded answer are read back first, never sent twice.
Exit 0; 3 when the token is refused or cannot write in the scope; 4 when the console
failed or refused some IOCs.</source>
        <translation>Fortschritt auf stderr; die Zähler auf stdout. Ein abgebrochener Lauf setzt dort fort, wo er stoppte: IOCs,
die ohne erfasste Antwort gesendet wurden, werden zuerst zurückgelesen und nie zweimal gesendet.
Exitcode 0; 3, wenn das Token abgelehnt wird oder im Bereich nicht schreiben darf; 4, wenn die Konsole
bei einigen IOCs fehlschlug oder sie ablehnte.</translation>
    </message>
    <message>
        <source>sharing configuration &quot;%1&quot;: %2; &apos;s1bridge-cli sharing list&apos; shows them</source>
        <translation>Freigabekonfiguration &quot;%1&quot;: %2; &apos;s1bridge-cli sharing list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>a sharing configuration named &quot;%1&quot; exists already (&apos;sharing remove %1&apos; first)</source>
        <translation>eine Freigabekonfiguration namens &quot;%1&quot; existiert bereits (zuerst &apos;sharing remove %1&apos;)</translation>
    </message>
    <message>
        <source>--to-profile: %1</source>
        <translation>--to-profile: %1</translation>
    </message>
    <message>
        <source>--path: required with --destination file: the absolute path of the file to write</source>
        <translation>--path: bei --destination file erforderlich: der absolute Pfad der zu schreibenden Datei</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a file format; expected csv or stix</source>
        <translation>--format: &quot;%1&quot; ist kein Dateiformat; erwartet wird csv oder stix</translation>
    </message>
    <message>
        <source>--destination: &quot;%1&quot; is not a destination; expected s1, opencti or file</source>
        <translation>--destination: &quot;%1&quot; ist kein Ziel; erwartet wird s1, opencti oder file</translation>
    </message>
    <message>
        <source>--scope: only for --destination s1 (a SentinelOne scope)</source>
        <translation>--scope: nur für --destination s1 (ein SentinelOne-Bereich)</translation>
    </message>
    <message>
        <source>--path and --format: only for --destination file</source>
        <translation>--path und --format: nur für --destination file</translation>
    </message>
    <message>
        <source>--sources: no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>--sources: keine Quelle namens &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>--rule: no business rule named &quot;%1&quot;; &apos;s1bridge-cli rules list&apos; shows them</source>
        <translation>--rule: keine Geschäftsregel namens &quot;%1&quot;; &apos;s1bridge-cli rules list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>--valid-days: &quot;%1&quot; is not an IOC type; expected TYPE=N with TYPE one of %2</source>
        <translation>--valid-days: &quot;%1&quot; ist kein IOC-Typ; erwartet wird TYPE=N, wobei TYPE einer von %2 ist</translation>
    </message>
    <message>
        <source>--valid-days: %1: expected a whole number of days from 1 to %2</source>
        <translation>--valid-days: %1: erwartet wird eine ganze Zahl von Tagen von 1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the sharing configuration was not saved</source>
        <translation>
            <numerusform>%n Problem; die Freigabekonfiguration wurde nicht gespeichert</numerusform>
            <numerusform>%n Probleme; die Freigabekonfiguration wurde nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the sharing configuration &quot;%1&quot; (%2, %3). &apos;sharing test %1&apos; shows what it would send.</source>
        <translation>Freigabekonfiguration &quot;%1&quot; hinzugefügt (%2, %3). &apos;sharing test %1&apos; zeigt, was sie senden würde.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>No sharing configurations yet (&apos;sharing import FILE&apos; brings them in).</source>
        <translation>Noch keine Freigabekonfigurationen (&apos;sharing import FILE&apos; holt sie herein).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation>GETEILT</translation>
    </message>
    <message>
        <source>no sharing configuration named &quot;%1&quot;; &apos;s1bridge-cli sharing list&apos; shows them</source>
        <translation>keine Freigabekonfiguration namens &quot;%1&quot;; &apos;s1bridge-cli sharing list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>Sharing configuration: %1</source>
        <translation>Freigabekonfiguration: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>Aktiviert: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>Freigaben: %1</translation>
    </message>
    <message>
        <source>Removed the sharing configuration &quot;%1&quot;.</source>
        <translation>Freigabekonfiguration &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not JSON at offset %2: %3; expected the document &apos;sharing export&apos; writes</source>
        <translation>%1: kein JSON bei Offset %2: %3; erwartet wird das Dokument, das &apos;sharing export&apos; schreibt</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot; (a document written by &apos;sharing export&apos;)</source>
        <translation>format: erwartet wird &quot;%1&quot; (ein von &apos;sharing export&apos; geschriebenes Dokument)</translation>
    </message>
    <message>
        <source>version: expected %1, not %2</source>
        <translation>version: erwartet wird %1, nicht %2</translation>
    </message>
    <message>
        <source>%1: not a member of the document; expected sources, rules and sharing</source>
        <translation>%1: kein Element des Dokuments; erwartet werden sources, rules und sharing</translation>
    </message>
    <message>
        <source>%1: expected an array</source>
        <translation>%1: erwartet wird ein Array</translation>
    </message>
    <message>
        <source>%1.name: expected a non-empty name</source>
        <translation>%1.name: erwartet wird ein nicht leerer Name</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is named twice in the document</source>
        <translation>%1.name: &quot;%2&quot; kommt im Dokument zweimal vor</translation>
    </message>
    <message>
        <source>%1.definition: expected an object</source>
        <translation>%1.definition: erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1.definition.%2</source>
        <translation>%1.definition.%2</translation>
    </message>
    <message>
        <source>sharing (%1).definition.rule: there is no business rule named &quot;%2&quot;</source>
        <translation>sharing (%1).definition.rule: Es gibt keine Geschäftsregel namens &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1: %n Problem; es wurde nichts importiert</numerusform>
            <numerusform>%1: %n Probleme; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 sources, %2 rules and %3 sharing configurations (%4 created, %5 replaced).</source>
        <translation>%1 Quellen, %2 Regeln und %3 Freigabekonfigurationen importiert (%4 erstellt, %5 ersetzt).</translation>
    </message>
</context>
<context>
    <name>SharingConfig</name>
    <message>
        <source>%1: expected a whole number from %L2 to %L3.</source>
        <translation>%1: erwartet wird eine ganze Zahl von %L2 bis %L3.</translation>
    </message>
    <message>
        <source>%1: %2 days asked; SentinelOne keeps IP IOCs at most %3 days, so %3 are sent and the IOC is renewed before it expires.</source>
        <translation>%1: %2 Tage angefordert; SentinelOne speichert IP-IOCs höchstens %3 Tage, daher werden %3 gesendet und der IOC wird vor seinem Ablauf erneuert.</translation>
    </message>
    <message>
        <source>%1: %2 days asked; SentinelOne keeps these IOCs at most %3 days, so %3 are sent and the IOC is renewed before it expires.</source>
        <translation>%1: %2 Tage angefordert; SentinelOne speichert diese IOCs höchstens %3 Tage, daher werden %3 gesendet und der IOC wird vor seinem Ablauf erneuert.</translation>
    </message>
    <message>
        <source>destination.target.path: required, the absolute path of the file to write.</source>
        <translation>destination.target.path: erforderlich, der absolute Pfad der zu schreibenden Datei.</translation>
    </message>
    <message>
        <source>destination.target.path: &quot;%1&quot; is relative; give an absolute path (the schedule runs from another directory).</source>
        <translation>destination.target.path: &quot;%1&quot; ist relativ; geben Sie einen absoluten Pfad an (der Zeitplan läuft aus einem anderen Verzeichnis).</translation>
    </message>
    <message>
        <source>destination.target.path: %1 is a directory; give the path of a file in it.</source>
        <translation>destination.target.path: %1 ist ein Verzeichnis; geben Sie den Pfad einer Datei darin an.</translation>
    </message>
    <message>
        <source>destination.target.path: the directory %1 does not exist; create it or choose another.</source>
        <translation>destination.target.path: Das Verzeichnis %1 existiert nicht; erstellen Sie es oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>OpenCTI of this profile</source>
        <translation>OpenCTI dieses Profils</translation>
    </message>
    <message>
        <source>OpenCTI of profile %1</source>
        <translation>OpenCTI des Profils %1</translation>
    </message>
    <message>
        <source>STIX 2.1 file %1</source>
        <translation>STIX-2.1-Datei %1</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message>
        <source>SentinelOne threat intelligence, %1</source>
        <translation>SentinelOne-Bedrohungsinformationen, %1</translation>
    </message>
    <message>
        <source>%1: not a field of a sharing configuration (expected one of %2).</source>
        <translation>%1: kein Feld einer Freigabekonfiguration (erwartet wird eines von %2).</translation>
    </message>
    <message>
        <source>enabled: expected true or false.</source>
        <translation>enabled: erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>sources: expected a list of source ids (text).</source>
        <translation>sources: erwartet wird eine Liste von Quell-IDs (Text).</translation>
    </message>
    <message>
        <source>rule.id: expected the positive id of a business rule.</source>
        <translation>rule.id: erwartet wird die positive ID einer Geschäftsregel.</translation>
    </message>
    <message>
        <source>rule.name: expected the name of a business rule.</source>
        <translation>rule.name: erwartet wird der Name einer Geschäftsregel.</translation>
    </message>
    <message>
        <source>rule: expected the name of a business rule or {&quot;id&quot;, &quot;name&quot;}.</source>
        <translation>rule: erwartet wird der Name einer Geschäftsregel oder {&quot;id&quot;, &quot;name&quot;}.</translation>
    </message>
    <message>
        <source>destination: required, {&quot;kind&quot;: &quot;s1-threat-intel&quot;, &quot;target&quot;: {&quot;scope&quot;: &quot;account:ID&quot;}}.</source>
        <translation>destination: erforderlich, {&quot;kind&quot;: &quot;s1-threat-intel&quot;, &quot;target&quot;: {&quot;scope&quot;: &quot;account:ID&quot;}}.</translation>
    </message>
    <message>
        <source>destination.kind: &quot;%1&quot; is not a destination (expected s1-threat-intel, opencti or file).</source>
        <translation>destination.kind: &quot;%1&quot; ist kein Ziel (erwartet wird s1-threat-intel, opencti oder file).</translation>
    </message>
    <message>
        <source>destination.target: expected an object.</source>
        <translation>destination.target: erwartet wird ein Objekt.</translation>
    </message>
    <message>
        <source>destination.target.profileId: expected the id of a profile (text).</source>
        <translation>destination.target.profileId: erwartet wird die ID eines Profils (Text).</translation>
    </message>
    <message>
        <source>destination.target.scope: expected account:ID, site:ID or group:ID (never empty: SentinelOne answers a POST without a scope with an error).</source>
        <translation>destination.target.scope: erwartet wird account:ID, site:ID oder group:ID (nie leer: SentinelOne beantwortet einen POST ohne Bereich mit einem Fehler).</translation>
    </message>
    <message>
        <source>destination.target.format: &quot;%1&quot; is not a file format (expected csv or stix).</source>
        <translation>destination.target.format: &quot;%1&quot; ist kein Dateiformat (erwartet wird csv oder stix).</translation>
    </message>
    <message>
        <source>destination.target.%1: not a field of a %2 destination (expected %3).</source>
        <translation>destination.target.%1: kein Feld eines Ziels vom Typ %2 (erwartet wird %3).</translation>
    </message>
    <message>
        <source>sourceText: expected the text written as `source` on each IOC.</source>
        <translation>sourceText: erwartet wird der Text, der als `source` auf jeden IOC geschrieben wird.</translation>
    </message>
    <message>
        <source>agingDays: expected {&quot;IPV4&quot;: days, &quot;SHA256&quot;: days, ...}.</source>
        <translation>agingDays: erwartet wird {&quot;IPV4&quot;: Tage, &quot;SHA256&quot;: Tage, ...}.</translation>
    </message>
    <message>
        <source>agingDays.%1: not an IOC type (expected one of %2).</source>
        <translation>agingDays.%1: kein IOC-Typ (erwartet wird einer von %2).</translation>
    </message>
    <message>
        <source>agingDays.%1: expected a whole number of days from 1 to %L2.</source>
        <translation>agingDays.%1: erwartet wird eine ganze Zahl von Tagen von 1 bis %L2.</translation>
    </message>
    <message>
        <source>name: a sharing configuration needs a name.</source>
        <translation>name: Eine Freigabekonfiguration braucht einen Namen.</translation>
    </message>
    <message>
        <source>destination.target.scope: %1</source>
        <translation>destination.target.scope: %1</translation>
    </message>
    <message>
        <source>sourceText: SentinelOne requires a source text on each IOC (e.g. &quot;S1 Bridge&quot;).</source>
        <translation>sourceText: SentinelOne verlangt auf jedem IOC einen Quelltext (z. B. &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>batchSize: expected a whole number from 1 to %L1.</source>
        <translation>batchSize: erwartet wird eine ganze Zahl von 1 bis %L1.</translation>
    </message>
    <message>
        <source>requestsPerMinute: expected 0 (no pacing) or more.</source>
        <translation>requestsPerMinute: erwartet wird 0 (keine Drosselung) oder mehr.</translation>
    </message>
    <message>
        <source>renewMarginHours: expected a whole number from 1 to %L1.</source>
        <translation>renewMarginHours: erwartet wird eine ganze Zahl von 1 bis %L1.</translation>
    </message>
    <message>
        <source>There is no sharing configuration named &quot;%1&quot;.</source>
        <translation>Es gibt keine Freigabekonfiguration namens &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Ena&amp;bled: runs on the profile&apos;s schedule</source>
        <translation>&amp;Aktiviert: läuft nach dem Zeitplan des Profils</translation>
    </message>
    <message>
        <source>Add a sharing configuration</source>
        <translation>Freigabekonfiguration hinzufügen</translation>
    </message>
    <message>
        <source>Edit the sharing configuration &quot;%1&quot;</source>
        <translation>Freigabekonfiguration &quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everything (no rule)</source>
        <translation>Alles (keine Regel)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ziel&amp;objekt:</translation>
    </message>
    <message>
        <source>The indicators go to the OpenCTI of the profile above.</source>
        <translation>Die Indikatoren gehen an das OpenCTI des obigen Profils.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation>STIX-2.1-Bundle</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Days an IOC lives at the destination</source>
        <translation>Tage, die ein IOC am Ziel gültig bleibt</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>So&amp;urces (none: every source):</source>
        <translation>&amp;Quellen (keine: jede Quelle):</translation>
    </message>
    <message>
        <source>Business &amp;rule:</source>
        <translation>Geschäfts&amp;regel:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Write the IOCs to</source>
        <translation>IOCs schreiben nach</translation>
    </message>
    <message>
        <source>The console of this profile is not connected: type the id of the account, site or group.</source>
        <translation>Die Konsole dieses Profils ist nicht verbunden: Geben Sie die ID des Kontos, der Site oder der Gruppe ein.</translation>
    </message>
    <message>
        <source>Loading the console&apos;s accounts, sites and groups…</source>
        <translation>Konten, Sites und Gruppen der Konsole werden geladen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name: a sharing configuration needs a name.</source>
        <translation>Name: Eine Freigabekonfiguration braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name: another sharing configuration is called &quot;%1&quot;; choose another.</source>
        <translation>Name: Eine andere Freigabekonfiguration heißt bereits &quot;%1&quot;; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Target: choose the account, site or group that receives the IOCs.</source>
        <translation>Zielobjekt: Wählen Sie das Konto, die Site oder die Gruppe, die die IOCs empfängt.</translation>
    </message>
    <message>
        <source>File: choose where the IOCs are written.</source>
        <translation>Datei: Wählen Sie, wohin die IOCs geschrieben werden.</translation>
    </message>
    <message>
        <source>The IOC database is not open: nothing can be saved.</source>
        <translation>Die IOC-Datenbank ist nicht geöffnet: Es kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SharingListModel</name>
    <message>
        <source>SentinelOne threat intelligence</source>
        <translation>SentinelOne-Bedrohungsinformationen</translation>
    </message>
    <message>
        <source>OpenCTI</source>
        <translation>OpenCTI</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>dieses Profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OpenCTI of %1</source>
        <translation>OpenCTI von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>STIX 2.1</source>
        <translation>STIX 2.1</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation>(entfernte Quelle)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <translation>%1 → %2 → %3</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>jede Quelle</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, läuft</translation>
    </message>
    <message>
        <source>%1, succeeded</source>
        <translation>%1, erfolgreich</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <translation>%1, abgebrochen</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sources → rule → destination</source>
        <translation>Quellen → Regel → Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Test shows what a run would create, renew and retract, without sending.</source>
        <translation>„Testen“ zeigt, was ein Lauf erstellen, erneuern und zurückziehen würde, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Saved the sharing configuration &quot;%1&quot;.</source>
        <translation>Die Freigabekonfiguration „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Remove the sharing configuration</source>
        <translation>Freigabekonfiguration entfernen</translation>
    </message>
    <message>
        <source>Remove the sharing configuration &quot;%1&quot;?</source>
        <translation>Die Freigabekonfiguration „%1“ entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed the sharing configuration &quot;%1&quot;.</source>
        <translation>Die Freigabekonfiguration „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be tested now: %2</source>
        <translation>„%1“ kann jetzt nicht getestet werden: %2</translation>
    </message>
    <message>
        <source>The test of &quot;%1&quot; failed: %2</source>
        <translation>Der Test von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Test of &quot;%1&quot; (nothing was sent): %2 to create, %3 to renew, %4 to retract%5.</source>
        <translation>Test von „%1“ (nichts wurde gesendet): %2 zu erstellen, %3 zu erneuern, %4 zurückzuziehen%5.</translation>
    </message>
    <message>
        <source>, %1 pending from an interrupted run</source>
        <translation>, %1 ausstehend aus einem unterbrochenen Lauf</translation>
    </message>
    <message>
        <source>Would create, for example:</source>
        <translation>Würde zum Beispiel erstellen:</translation>
    </message>
    <message>
        <source>Would renew, for example:</source>
        <translation>Würde zum Beispiel erneuern:</translation>
    </message>
    <message>
        <source>Would retract, for example:</source>
        <translation>Würde zum Beispiel zurückziehen:</translation>
    </message>
    <message>
        <source>The test of &quot;%1&quot; could not be queued.</source>
        <translation>Der Test von „%1“ konnte nicht eingereiht werden.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>„%1“ wird getestet…</translation>
    </message>
    <message>
        <source>The console of &quot;%1&quot; is not connected: it cannot run now.</source>
        <translation>Die Konsole von „%1“ ist nicht verbunden: Die Konfiguration kann jetzt nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run now: a run of it is queued or running, or its destination belongs to another profile&apos;s session.</source>
        <translation>„%1“ kann jetzt nicht ausgeführt werden: Ein Lauf davon ist eingereiht oder läuft, oder das Ziel gehört zur Sitzung eines anderen Profils.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;: its progress shows in the status bar; the run is recorded in Jobs.</source>
        <translation>„%1“ wird ausgeführt: Der Fortschritt erscheint in der Statusleiste; der Lauf wird unter „Aufträge“ erfasst.</translation>
    </message>
    <message>
        <source>Sharing &quot;%1&quot;…</source>
        <translation>„%1“ wird geteilt…</translation>
    </message>
    <message>
        <source>Sharing configurations</source>
        <translation>Freigabekonfigurationen</translation>
    </message>
    <message>
        <source>Result of the test or run</source>
        <translation>Ergebnis des Tests oder Laufs</translation>
    </message>
</context>
<context>
    <name>SignalWatcher</name>
    <message>
        <source>another SignalWatcher is already active in this process</source>
        <translation>ein anderer SignalWatcher ist in diesem Prozess bereits aktiv</translation>
    </message>
    <message>
        <source>cannot create the pipe for SIGINT and SIGTERM: %1</source>
        <translation>die Pipe für SIGINT und SIGTERM kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>SIGINT and SIGTERM are not watched on this platform</source>
        <translation>SIGINT und SIGTERM werden auf dieser Plattform nicht überwacht</translation>
    </message>
</context>
<context>
    <name>SitesCommand</name>
    <message>
        <source>The console&apos;s sites.</source>
        <translation>Die Sites der Konsole.</translation>
    </message>
    <message>
        <source>List the sites the token can see.</source>
        <translation>Die Sites auflisten, die das Token sehen kann.</translation>
    </message>
    <message>
        <source>With an account (S1_ACCOUNT_ID, --account or the profile&apos;s), the sites of that account.</source>
        <translation>Mit einem Konto (S1_ACCOUNT_ID, --account oder das des Profils): die Sites dieses Kontos.</translation>
    </message>
    <message>
        <source>SITE ID</source>
        <translation>SITE-ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add a source: %1</source>
        <translation>Quelle hinzufügen: %1</translation>
    </message>
    <message>
        <source>Edit the source &quot;%1&quot;</source>
        <translation>Quelle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name: a source needs a name.</source>
        <translation>Name: Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name: another source of this profile is called &quot;%1&quot;; choose another.</source>
        <translation>Name: Eine andere Quelle dieses Profils heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; sources cannot be edited here.</source>
        <translation>Art: „%1“-Quellen können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The IOC database is not open: nothing can be saved.</source>
        <translation>Die IOC-Datenbank ist nicht geöffnet: Es kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The source is saved, its values are not: %1</source>
        <translation>Die Quelle ist gespeichert, ihre Werte nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n value(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Wert zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Werte zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is not in the keychain: %2</source>
        <translation>Die Zugangsdaten von „%1“ sind nicht im Schlüsselbund: %2</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>SentinelOne threats</source>
        <translation>SentinelOne-Bedrohungen</translation>
    </message>
    <message>
        <source>Feed or file</source>
        <translation>Feed oder Datei</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>OpenCTI indicators</source>
        <translation>OpenCTI-Indikatoren</translation>
    </message>
    <message>
        <source>TAXII collection</source>
        <translation>TAXII-Sammlung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not pulled</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Counts of the last pull</source>
        <translation>Anzahlen des letzten Abrufs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>%1: not modified since the last pull; nothing changed</source>
        <translation>%1: seit dem letzten Abruf nicht geändert; nichts hat sich geändert</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected, %6 no longer listed</source>
        <translation>%1: %2 neu, %3 aktualisiert, %4 unverändert, %5 abgelehnt, %6 nicht mehr gelistet</translation>
    </message>
    <message>
        <source>Where the profile&apos;s IOCs come from: a manual list, a feed or file, the console&apos;s threats, the profile&apos;s OpenCTI indicators, a TAXII 2.1 collection.</source>
        <translation>Woher die IOCs des Profils stammen: eine manuelle Liste, ein Feed oder eine Datei, die Bedrohungen der Konsole, die OpenCTI-Indikatoren des Profils, eine TAXII-2.1-Sammlung.</translation>
    </message>
    <message>
        <source>List the profile&apos;s IOC sources, their last pull and how many IOCs they report.</source>
        <translation>Die IOC-Quellen des Profils auflisten, mit ihrem letzten Abruf und der Anzahl der gemeldeten IOCs.</translation>
    </message>
    <message>
        <source>Add a source: KIND is manual, feed, s1-threats, opencti or taxii.</source>
        <translation>Eine Quelle hinzufügen: KIND ist manual, feed, s1-threats, opencti oder taxii.</translation>
    </message>
    <message>
        <source>manual       values typed with &apos;iocs add&apos; or imported with &apos;iocs import&apos;.
feed         --url URL (http or https; re-read at every pull, ETag and Last-Modified honoured)
             or --file PATH; --format text|csv|stix (default: detected from the content).
s1-threats   the console&apos;s threats, one IOC per hash: --sites (IDs or names, separated by
             commas; names are looked up on the console; default the profile&apos;s scope),
             --verdicts (analyst verdicts, default suspicious,true_positive,undefined; &apos;all&apos;
             for every one), --days N (the first pull looks N days back, default 7; later
             pulls continue from where the last one ended), --hashes (default sha256,md5;
             sha1 on request).
opencti      the indicators of the profile&apos;s OpenCTI, one IOC per single-observable pattern:
             --min-score N (0-100, default 0), --labels (any of, separated by commas; default
             every label), --max-marking TLP:CLEAR|TLP:GREEN|TLP:AMBER|TLP:AMBER+STRICT|TLP:RED
             (default TLP:AMBER; indicators marked above are left out), --days N (default 30),
             --page-size N (1-500, default 500). Revoked, expired and decayed indicators end
             their IOC at the source.
taxii        a TAXII 2.1 collection: --url URL (the discovery address or an API root),
             --collection ID (required), --api-root URL (default: the URL&apos;s default root),
             --auth none|basic|bearer (default none), --username NAME (basic), --days N
             (default 30), --page-size N (1-10000, default 1000). The password or token goes
             into the keychain with &apos;sources credential NAME FILE&apos;.
An option another kind takes is an error naming it.</source>
        <translation>manual       mit &apos;iocs add&apos; eingegebene oder mit &apos;iocs import&apos; importierte Werte.
feed         --url URL (http oder https; bei jedem Abruf neu gelesen, ETag und Last-Modified werden beachtet)
             oder --file PATH; --format text|csv|stix (Standard: aus dem Inhalt erkannt).
s1-threats   die Bedrohungen der Konsole, ein IOC pro Hash: --sites (IDs oder Namen, durch
             Kommas getrennt; Namen werden auf der Konsole nachgeschlagen; Standard: der Bereich des Profils),
             --verdicts (Analystenurteile, Standard suspicious,true_positive,undefined; &apos;all&apos;
             für alle), --days N (der erste Abruf reicht N Tage zurück, Standard 7; spätere
             Abrufe setzen dort fort, wo der letzte endete), --hashes (Standard sha256,md5;
             sha1 auf Wunsch).
opencti      die Indikatoren des OpenCTI des Profils, ein IOC pro Muster mit einem einzigen Observable:
             --min-score N (0-100, Standard 0), --labels (beliebige davon, durch Kommas getrennt; Standard
             alle Labels), --max-marking TLP:CLEAR|TLP:GREEN|TLP:AMBER|TLP:AMBER+STRICT|TLP:RED
             (Standard TLP:AMBER; höher markierte Indikatoren werden ausgelassen), --days N (Standard 30),
             --page-size N (1-500, Standard 500). Widerrufene, abgelaufene und verfallene Indikatoren beenden
             ihren IOC bei der Quelle.
taxii        eine TAXII-2.1-Sammlung: --url URL (die Discovery-Adresse oder ein API-Root),
             --collection ID (erforderlich), --api-root URL (Standard: der Standard-Root der URL),
             --auth none|basic|bearer (Standard none), --username NAME (basic), --days N
             (Standard 30), --page-size N (1-10000, Standard 1000). Das Passwort oder Token kommt
             mit &apos;sources credential NAME FILE&apos; in den Schlüsselbund.
Eine Option, die nur eine andere Art annimmt, ist ein Fehler, der sie nennt.</translation>
    </message>
    <message>
        <source>feed, taxii: the feed&apos;s or TAXII server&apos;s http(s) URL (not the console&apos;s, for this subcommand).</source>
        <translation>feed, taxii: die http(s)-URL des Feeds oder TAXII-Servers (bei diesem Unterbefehl nicht die der Konsole).</translation>
    </message>
    <message>
        <source>feed: a local file, re-read at every pull.</source>
        <translation>feed: eine lokale Datei, bei jedem Abruf neu gelesen.</translation>
    </message>
    <message>
        <source>feed: text, csv, stix or auto (default).</source>
        <translation>feed: text, csv, stix oder auto (Standard).</translation>
    </message>
    <message>
        <source>s1-threats: site IDs or names, separated by commas.</source>
        <translation>s1-threats: Site-IDs oder -Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>s1-threats: analyst verdicts, separated by commas, or all.</source>
        <translation>s1-threats: Analystenurteile, durch Kommas getrennt, oder all.</translation>
    </message>
    <message>
        <source>s1-threats, opencti, taxii: how many days the first pull looks back (1-3650).</source>
        <translation>s1-threats, opencti, taxii: wie viele Tage der erste Abruf zurückreicht (1-3650).</translation>
    </message>
    <message>
        <source>s1-threats: hash types: sha256, md5, sha1 (separated by commas).</source>
        <translation>s1-threats: Hash-Typen: sha256, md5, sha1 (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>opencti: the lowest x_opencti_score taken (0-100).</source>
        <translation>opencti: der niedrigste übernommene x_opencti_score (0-100).</translation>
    </message>
    <message>
        <source>opencti: labels, separated by commas (any of).</source>
        <translation>opencti: Labels, durch Kommas getrennt (beliebige davon).</translation>
    </message>
    <message>
        <source>opencti: the highest TLP marking taken, e.g. TLP:AMBER.</source>
        <translation>opencti: die höchste übernommene TLP-Markierung, z. B. TLP:AMBER.</translation>
    </message>
    <message>
        <source>opencti, taxii: indicators per request.</source>
        <translation>opencti, taxii: Indikatoren pro Anfrage.</translation>
    </message>
    <message>
        <source>taxii: the API root&apos;s URL.</source>
        <translation>taxii: die URL des API-Roots.</translation>
    </message>
    <message>
        <source>taxii: the collection&apos;s id.</source>
        <translation>taxii: die ID der Sammlung.</translation>
    </message>
    <message>
        <source>taxii: none, basic or bearer.</source>
        <translation>taxii: none, basic oder bearer.</translation>
    </message>
    <message>
        <source>taxii: the user name of basic authentication.</source>
        <translation>taxii: der Benutzername der Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>Remove a source (its IOCs stay; the share job retracts what no source reports).</source>
        <translation>Eine Quelle entfernen (ihre IOCs bleiben; der Freigabeauftrag zieht zurück, was keine Quelle mehr meldet).</translation>
    </message>
    <message>
        <source>Keep a feed&apos;s or TAXII source&apos;s credential in the keychain (FILE holds it; - reads stdin).</source>
        <translation>Die Zugangsdaten eines Feeds oder einer TAXII-Quelle im Schlüsselbund ablegen (FILE enthält sie; - liest stdin).</translation>
    </message>
    <message>
        <source>For a feed, FILE holds the value of the Authorization header the feed expects, on one
line, e.g. &quot;Bearer &lt;token&gt;&quot; or &quot;Basic &lt;base64 of user:password&gt;&quot;. For a taxii source it
holds the password (--auth basic) or the token (--auth bearer), on one line. It goes into
the keychain (never into a file, the database or a command line) and is sent to the
source&apos;s host only: never to another host it redirects to.</source>
        <translation>Bei einem Feed enthält FILE den Wert des Authorization-Headers, den der Feed erwartet, in einer
Zeile, z. B. &quot;Bearer &lt;token&gt;&quot; oder &quot;Basic &lt;base64 of user:password&gt;&quot;. Bei einer taxii-Quelle
enthält sie das Passwort (--auth basic) oder das Token (--auth bearer) in einer Zeile. Der Wert kommt
in den Schlüsselbund (nie in eine Datei, die Datenbank oder eine Befehlszeile) und wird nur an den
Host der Quelle gesendet: nie an einen anderen Host, auf den dieser weiterleitet.</translation>
    </message>
    <message>
        <source>Pull a feed, the console&apos;s threats, OpenCTI&apos;s indicators or a TAXII collection into the IOC store now.</source>
        <translation>Einen Feed, die Bedrohungen der Konsole, die Indikatoren von OpenCTI oder eine TAXII-Sammlung jetzt in den IOC-Speicher abrufen.</translation>
    </message>
    <message>
        <source>A feed is read again (a URL with If-None-Match / If-Modified-Since: an unchanged feed
changes nothing); IOCs it no longer lists stop being reported by it. Refused lines are
listed on stderr as URL:LINE: reason and do not fail the pull. s1-threats reads the
threats updated since the last successful pull (a job recorded in the job history); its
checkpoint moves only when the whole pull succeeded. opencti and taxii read what was
updated (added) since the last successful pull; patterns of several observables are
listed on stderr with the reason.
Prints: N new, M updated, K unchanged, R rejected, A no longer listed.</source>
        <translation>Ein Feed wird erneut gelesen (eine URL mit If-None-Match / If-Modified-Since: ein unveränderter Feed
ändert nichts); IOCs, die er nicht mehr listet, werden nicht mehr von ihm gemeldet. Abgelehnte Zeilen werden
auf stderr als URL:LINE: Grund aufgeführt und lassen den Abruf nicht fehlschlagen. s1-threats liest die
seit dem letzten erfolgreichen Abruf (ein im Auftragsverlauf erfasster Auftrag) aktualisierten Bedrohungen; sein
Prüfpunkt rückt nur vor, wenn der gesamte Abruf erfolgreich war. opencti und taxii lesen, was seit dem
letzten erfolgreichen Abruf aktualisiert (hinzugefügt) wurde; Muster mit mehreren Observables werden
mit dem Grund auf stderr aufgeführt.
Ausgabe: N neu, M aktualisiert, K unverändert, R abgelehnt, A nicht mehr gelistet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No sources yet: &apos;iocs add&apos; makes the manual one; &apos;sources add NAME feed --url URL&apos; adds a feed.</source>
        <translation>Noch keine Quellen: &apos;iocs add&apos; legt die manuelle an; &apos;sources add NAME feed --url URL&apos; fügt einen Feed hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>IOCS</source>
        <translation>IOCS</translation>
    </message>
    <message>
        <source>LAST PULL</source>
        <translation>LETZTER ABRUF</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SETTINGS</source>
        <translation>EINSTELLUNGEN</translation>
    </message>
    <message>
        <source>NAME: a source needs a name</source>
        <translation>NAME: Eine Quelle braucht einen Namen</translation>
    </message>
    <message>
        <source>KIND: &quot;%1&quot; is not a source kind; expected manual, feed, s1-threats, opencti or taxii</source>
        <translation>KIND: &quot;%1&quot; ist keine Quellenart; erwartet wird manual, feed, s1-threats, opencti oder taxii</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; exists already (&apos;sources remove %1&apos; first)</source>
        <translation>eine Quelle namens „%1“ existiert bereits (zuerst &apos;sources remove %1&apos;)</translation>
    </message>
    <message>
        <source>--%1 is not an option of a %2 source</source>
        <translation>--%1 ist keine Option einer %2-Quelle</translation>
    </message>
    <message>
        <source>--days: expected a whole number of days from 1 to 3650, not &quot;%1&quot;</source>
        <translation>--days: erwartet wird eine ganze Zahl von Tagen von 1 bis 3650, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--hashes: &quot;%1&quot; is not a hash type; expected sha256, md5 or sha1</source>
        <translation>--hashes: &quot;%1&quot; ist kein Hash-Typ; erwartet wird sha256, md5 oder sha1</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; was not added</source>
        <translation>die Quelle „%1“ wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Added the %1 source &quot;%2&quot;.</source>
        <translation>Die %1-Quelle „%2“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>--sites: the console has no site &quot;%1&quot;; its sites are: %2</source>
        <translation>--sites: Die Konsole hat keine Site &quot;%1&quot;; ihre Sites sind: %2</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>keine Quelle namens „%1“; &apos;s1bridge-cli sources list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>Removed the source &quot;%1&quot;; its IOCs stay in the store, and the next share run retracts those no other source reports.</source>
        <translation>Die Quelle „%1“ wurde entfernt; ihre IOCs bleiben im Speicher, und der nächste Freigabelauf zieht diejenigen zurück, die keine andere Quelle meldet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a manual source: nothing to pull (fill it with &apos;iocs add&apos; or &apos;iocs import&apos;)</source>
        <translation>„%1“ ist eine manuelle Quelle: Es gibt nichts abzurufen (füllen Sie sie mit &apos;iocs add&apos; oder &apos;iocs import&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signs in with no credential (--auth none): add it again with --auth basic or bearer first</source>
        <translation>„%1“ meldet sich ohne Zugangsdaten an (--auth none): Fügen Sie sie zuerst erneut mit --auth basic oder bearer hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no feed read from a URL nor a taxii source: only those take a credential</source>
        <translation>„%1“ ist weder ein von einer URL gelesener Feed noch eine taxii-Quelle: Nur diese nehmen Zugangsdaten an</translation>
    </message>
    <message>
        <source>cannot read the credential file %1: %2</source>
        <translation>die Datei mit den Zugangsdaten %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(stdin)</source>
        <translation>(stdin)</translation>
    </message>
    <message>
        <source>the credential file %1 must hold one line: the password or the token</source>
        <translation>die Datei mit den Zugangsdaten %1 muss eine Zeile enthalten: das Passwort oder das Token</translation>
    </message>
    <message>
        <source>the credential file %1 must hold one line: the Authorization header&apos;s value, e.g. &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>die Datei mit den Zugangsdaten %1 muss eine Zeile enthalten: den Wert des Authorization-Headers, z. B. &quot;Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is in the keychain; it is sent to %2 only.</source>
        <translation>Die Zugangsdaten von „%1“ sind im Schlüsselbund; sie werden nur an %2 gesendet.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>threat %1: %2 %3: %4</source>
        <translation>Bedrohung %1: %2 %3: %4</translation>
    </message>
    <message>
        <source>--page-size: expected a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--page-size: erwartet wird eine ganze Zahl von 1 bis %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--min-score: expected a whole number from 0 to 100, not &quot;%1&quot;</source>
        <translation>--min-score: erwartet wird eine ganze Zahl von 0 bis 100, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--max-marking: &quot;%1&quot; is not one of %2</source>
        <translation>--max-marking: &quot;%1&quot; ist nicht eines von %2</translation>
    </message>
    <message>
        <source>--url: a taxii source needs the TAXII server&apos;s address</source>
        <translation>--url: Eine taxii-Quelle braucht die Adresse des TAXII-Servers</translation>
    </message>
    <message>
        <source>--collection: a taxii source needs the collection&apos;s id</source>
        <translation>--collection: Eine taxii-Quelle braucht die ID der Sammlung</translation>
    </message>
    <message>
        <source>--auth: expected none, basic or bearer, not &quot;%1&quot;</source>
        <translation>--auth: erwartet wird none, basic oder bearer, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--username: basic authentication needs the user name</source>
        <translation>--username: Die Basic-Authentifizierung braucht den Benutzernamen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>P&amp;ull now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>Saved the source &quot;%1&quot;.</source>
        <translation>Die Quelle „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove the source &quot;%1&quot;? Its IOCs stay in the store; the next share run retracts those no other source reports.</source>
        <translation>Die Quelle „%1“ entfernen? Ihre IOCs bleiben im Speicher; der nächste Freigabelauf zieht diejenigen zurück, die keine andere Quelle meldet.</translation>
    </message>
    <message>
        <source>Removed the source &quot;%1&quot;.</source>
        <translation>Die Quelle „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be pulled now: a pull of it is already queued or running, or the console is not connected.</source>
        <translation>„%1“ kann jetzt nicht abgerufen werden: Ein Abruf davon ist bereits eingereiht oder läuft, oder die Konsole ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Pulling &quot;%1&quot;…</source>
        <translation>„%1“ wird abgerufen…</translation>
    </message>
    <message>
        <source>IOC sources</source>
        <translation>IOC-Quellen</translation>
    </message>
</context>
<context>
    <name>StixBundleBuilder</name>
    <message>
        <source>Author name: expected a name for the author of OpenCTI objects, got nothing.</source>
        <translation>Name des Autors: Erwartet wurde ein Name für den Autor der OpenCTI-Objekte, erhalten wurde nichts.</translation>
    </message>
    <message>
        <source>TLP marking: expected TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED, got “%1”.</source>
        <translation>TLP-Markierung: Erwartet wurde TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT oder TLP:RED, erhalten wurde „%1“.</translation>
    </message>
    <message>
        <source>Threat: expected a SentinelOne threat with an id, got none.</source>
        <translation>Bedrohung: Erwartet wurde eine SentinelOne-Bedrohung mit einer ID, erhalten wurde keine.</translation>
    </message>
    <message>
        <source>Threat %1: expected identifiedAt or createdAt to date the incident by, got neither.</source>
        <translation>Bedrohung %1: Erwartet wurde identifiedAt oder createdAt zur Datierung des Vorfalls, erhalten wurde keines von beiden.</translation>
    </message>
</context>
<context>
    <name>StixIndicatorMapping</name>
    <message>
        <source>The pattern is of type %1; only STIX patterns name an IOC.</source>
        <translation>Das Muster ist vom Typ %1; nur STIX-Muster benennen einen IOC.</translation>
    </message>
</context>
<context>
    <name>StixPattern</name>
    <message>
        <source>The pattern has a quoted string that is never closed.</source>
        <translation>Das Muster enthält eine Zeichenkette in Anführungszeichen, die nie geschlossen wird.</translation>
    </message>
    <message>
        <source>The pattern combines several comparisons or observations; SentinelOne takes one value per indicator, as in [url:value = &apos;http://example.com/&apos;].</source>
        <translation>Das Muster kombiniert mehrere Vergleiche oder Beobachtungen; SentinelOne nimmt einen Wert pro Indikator an, wie in [url:value = &apos;http://example.com/&apos;].</translation>
    </message>
    <message>
        <source>The pattern is not one equality such as [url:value = &apos;http://example.com/&apos;] or [file:hashes.&apos;SHA-256&apos; = &apos;...&apos;].</source>
        <translation>Das Muster ist keine einzelne Gleichheit wie [url:value = &apos;http://example.com/&apos;] oder [file:hashes.&apos;SHA-256&apos; = &apos;...&apos;].</translation>
    </message>
    <message>
        <source>The pattern compares %1:%2, which SentinelOne does not take; expected file:hashes (&apos;SHA-256&apos;, &apos;SHA-1&apos;, &apos;MD5&apos;), url:value, domain-name:value, ipv4-addr:value or ipv6-addr:value.</source>
        <translation>Das Muster vergleicht %1:%2, was SentinelOne nicht annimmt; erwartet wird file:hashes (&apos;SHA-256&apos;, &apos;SHA-1&apos;, &apos;MD5&apos;), url:value, domain-name:value, ipv4-addr:value oder ipv6-addr:value.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the company or console name.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein, z. B. den Firmen- oder Konsolennamen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>Konsole:</translation>
    </message>
    <message>
        <source>built-in demo tenant (simulated, on this computer)</source>
        <translation>integrierter Demo-Mandant (simuliert, auf diesem Computer)</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites:</translation>
    </message>
    <message>
        <source>all sites of the account</source>
        <translation>alle Sites des Kontos</translation>
    </message>
    <message>
        <source>OpenCTI:</source>
        <translation>OpenCTI:</translation>
    </message>
    <message>
        <source>%1 (objects marked %2)</source>
        <translation>%1 (Objekte markiert als %2)</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Flag string:</source>
        <translation>Markierungstext:</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>flagged threats only</source>
        <translation>nur markierte Bedrohungen</translation>
    </message>
    <message>
        <source>every threat created after %1</source>
        <translation>jede nach %1 erstellte Bedrohung</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronisierung:</translation>
    </message>
    <message>
        <source>API attempts:</source>
        <translation>API-Versuche:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>system certificate authorities</source>
        <translation>System-Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation>angeheftetes Zertifikat %1</translation>
    </message>
    <message>
        <source>Saved where:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>  Settings (no secrets): %1</source>
        <translation>  Einstellungen (ohne Geheimnisse): %1</translation>
    </message>
    <message>
        <source>  Tokens: none to store (the demo tenant makes new ones at each start)</source>
        <translation>  Tokens: keine zu speichern (der Demo-Mandant erzeugt bei jedem Start neue)</translation>
    </message>
    <message>
        <source>  Tokens: NOT stored. %1</source>
        <translation>  Tokens: NICHT gespeichert. %1</translation>
    </message>
    <message>
        <source>          They are kept for this session only; S1 Bridge asks for them at the next start.</source>
        <translation>          Sie werden nur für diese Sitzung behalten; S1 Bridge fragt beim nächsten Start danach.</translation>
    </message>
    <message>
        <source>  SentinelOne token: system keychain, entry &quot;%1&quot;</source>
        <translation>  SentinelOne-Token: System-Schlüsselbund, Eintrag „%1“</translation>
    </message>
    <message>
        <source>  OpenCTI token: system keychain, entry &quot;%1&quot;</source>
        <translation>  OpenCTI-Token: System-Schlüsselbund, Eintrag „%1“</translation>
    </message>
    <message>
        <source>From the imported configuration:</source>
        <translation>Aus der importierten Konfiguration:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Summary of the profile</source>
        <translation>Zusammenfassung des Profils</translation>
    </message>
    <message>
        <source>The name holds %1; type it again as plain text on one line.</source>
        <translation>Der Name enthält %1; geben Sie ihn erneut als einfachen Text in einer Zeile ein.</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>&amp;Include this scope</source>
        <translation>Diesen Bereich &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Re&amp;move target</source>
        <translation>Ziel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Targets of the collection</source>
        <translation>Ziele der Sammlung</translation>
    </message>
    <message>
        <source>Profile of the target</source>
        <translation>Profil des Ziels</translation>
    </message>
    <message>
        <source>Kind of scope</source>
        <translation>Art des Bereichs</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Site, account or group</source>
        <translation>Site, Konto oder Gruppe</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>The rules are exported to every scope listed here:</source>
        <translation>Die Regeln werden in jeden hier aufgeführten Bereich exportiert:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <source>%1 is a target already.</source>
        <translation>%1 ist bereits ein Ziel.</translation>
    </message>
    <message>
        <source>The console of this profile is not connected: type the id of the site, account or group.</source>
        <translation>Die Konsole dieses Profils ist nicht verbunden. Geben Sie die ID der Site, des Kontos oder der Gruppe ein.</translation>
    </message>
    <message>
        <source>Loading the console&apos;s accounts, sites and groups…</source>
        <translation>Konten, Sites und Gruppen der Konsole werden geladen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TaskRegistry</name>
    <message>
        <source>The import database could not be opened.</source>
        <translation>Die Import-Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The profile has nothing to run on a period.</source>
        <translation>Das Profil hat nichts, das periodisch ausgeführt werden könnte.</translation>
    </message>
    <message>
        <source>The profile of &quot;%1&quot; is not connected.</source>
        <translation>Das Profil von „%1“ ist nicht verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run: the profile sends nothing to OpenCTI. %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: Das Profil sendet nichts an OpenCTI. %2</translation>
    </message>
</context>
<context>
    <name>TaxiiDialect</name>
    <message>
        <source>TAXII URL: not configured.</source>
        <translation>TAXII-URL: nicht konfiguriert.</translation>
    </message>
    <message>
        <source>the server does not offer TAXII 2.1 (HTTP %1)</source>
        <translation>der Server bietet kein TAXII 2.1 an (HTTP %1)</translation>
    </message>
    <message>
        <source>The TAXII server</source>
        <translation>Der TAXII-Server</translation>
    </message>
    <message>
        <source>The TAXII server at %1</source>
        <translation>Der TAXII-Server unter %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401): check the source&apos;s authentication, user name and password or token.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie die Authentifizierung, den Benutzernamen und das Passwort oder Token der Quelle.</translation>
    </message>
    <message>
        <source>%1 accepted the credentials but does not let this user read %2 (HTTP 403): ask its administrator for read access to the collection.</source>
        <translation>%1 hat die Zugangsdaten akzeptiert, erlaubt diesem Benutzer aber nicht, %2 zu lesen (HTTP 403). Bitten Sie den Administrator um Lesezugriff auf die Sammlung.</translation>
    </message>
    <message>
        <source>%1 has nothing at %2 (HTTP 404): check the URL, the API root and the collection.</source>
        <translation>%1 hat nichts unter %2 (HTTP 404). Prüfen Sie die URL, den API-Root und die Sammlung.</translation>
    </message>
    <message>
        <source>%1 refused %2 (HTTP %3).</source>
        <translation>%1 hat %2 abgelehnt (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 kept answering &quot;too many requests&quot; (HTTP 429) after every attempt; try again later.</source>
        <translation>%1 antwortete nach jedem Versuch weiterhin mit „too many requests“ (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2) after every attempt; try again later.</source>
        <translation>%1 antwortete nach jedem Versuch mit einem Serverfehler (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 is not a TAXII 2.1 server: it answered %2 with a web page or data that is not TAXII JSON. Check the URL (a login page or a proxy?); it should be the server&apos;s discovery address (for example https://taxii.example.com/taxii2/) or an API root.</source>
        <translation>%1 ist kein TAXII-2.1-Server: Er hat auf %2 mit einer Webseite oder mit Daten geantwortet, die kein TAXII-JSON sind. Prüfen Sie die URL (eine Anmeldeseite oder ein Proxy?); sie sollte die Discovery-Adresse des Servers (zum Beispiel https://taxii.example.com/taxii2/) oder ein API-Root sein.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>%1 sent an incomplete or malformed answer for %2 after every attempt.</source>
        <translation>%1 hat nach jedem Versuch eine unvollständige oder fehlerhafte Antwort auf %2 gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3; lower the page size.</source>
        <translation>%1 hat eine Antwort auf %2 gesendet, die größer als die Größengrenze von %3 ist. Verringern Sie die Seitengröße.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another host, so the credentials were not sent. Use the final address directly if you trust it.</source>
        <translation>%1 hat die Anfrage an einen anderen Host weitergeleitet, daher wurden die Zugangsdaten nicht gesendet. Verwenden Sie direkt die endgültige Adresse, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>the TAXII server</source>
        <translation>der TAXII-Server</translation>
    </message>
    <message>
        <source>%1 did not answer in time, after every attempt. Check the network or the URL.</source>
        <translation>%1 hat auch nach jedem Versuch nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder die URL.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the URL, your network connection and any proxy.</source>
        <translation>%1 konnte nicht erreicht werden. Prüfen Sie die URL, Ihre Netzwerkverbindung und einen etwaigen Proxy.</translation>
    </message>
</context>
<context>
    <name>TaxiiSourceEditor</name>
    <message>
        <source>Discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <source>https://taxii.example.com/taxii2/</source>
        <translation>https://taxii.example.com/taxii2/</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Token (bearer)</source>
        <translation>Token (Bearer)</translation>
    </message>
    <message>
        <source>Ask the server for its API roots and collections.</source>
        <translation>Den Server nach seinen API-Roots und Sammlungen fragen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The first pull reads what was added this far back; later pulls continue from where the last one ended.</source>
        <translation>Der erste Abruf liest, was bis so weit zurück hinzugefügt wurde; spätere Abrufe setzen dort fort, wo der letzte endete.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>Passwort oder Token:</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Sammlung:</translation>
    </message>
    <message>
        <source>Initial range:</source>
        <translation>Anfangszeitraum:</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, then Discover lists its collections.</source>
        <translation>Geben Sie die URL des Servers ein; „Ermitteln“ listet dann seine Sammlungen auf.</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Password or token: the server needs one for this authentication.</source>
        <translation>Passwort oder Token: Der Server braucht es für diese Authentifizierung.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Reading the password or token from the keychain…</source>
        <translation>Passwort oder Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Password or token: type it; the keychain has none.</source>
        <translation>Passwort oder Token: Geben Sie es ein; der Schlüsselbund enthält keines.</translation>
    </message>
    <message>
        <source>Password or token: type it first, the server needs it to list its collections.</source>
        <translation>Passwort oder Token: Geben Sie es zuerst ein; der Server braucht es, um seine Sammlungen aufzulisten.</translation>
    </message>
    <message>
        <source>The server has no collection this user may read.</source>
        <translation>Der Server hat keine Sammlung, die dieser Benutzer lesen darf.</translation>
    </message>
    <message numerus="yes">
        <source>%n readable collection(s) found.</source>
        <translation>
            <numerusform>%n lesbare Sammlung gefunden.</numerusform>
            <numerusform>%n lesbare Sammlungen gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatBrowserPage</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Flag for OpenCTI</source>
        <translation>Für OpenCTI &amp;markieren</translation>
    </message>
    <message>
        <source>Add the flag note to the selected threats (Ctrl+Shift+F)</source>
        <translation>Den ausgewählten Bedrohungen die Markierungsnotiz hinzufügen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Remove fla&amp;g</source>
        <translation>Markierung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove only the flag from the selected threats; other notes stay (Ctrl+Shift+R)</source>
        <translation>Nur die Markierung von den ausgewählten Bedrohungen entfernen; andere Notizen bleiben (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export every threat matching the filters, or the selected ones, to a CSV file (Ctrl+E)</source>
        <translation>Alle Bedrohungen, die den Filtern entsprechen, oder die ausgewählten in eine CSV-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;Copy threat ID</source>
        <translation>Bedrohungs-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>The console cannot sort by this column.</source>
        <translation>Die Konsole kann nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Sites</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Ungelöst</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>Jede Klassifizierung</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Jede Konfidenz</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Bösartig</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jedes Urteil</translation>
    </message>
    <message>
        <source>True positive</source>
        <translation>Richtig positiv</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Undefiniert</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Erstellt &amp;zwischen</translation>
    </message>
    <message>
        <source>Search the console (name, path, endpoint, hash)</source>
        <translation>Die Konsole durchsuchen (Name, Pfad, Endpunkt, Hash)</translation>
    </message>
    <message>
        <source>Has &amp;notes</source>
        <translation>Hat &amp;Notizen</translation>
    </message>
    <message>
        <source>Quick filter over loaded rows (Ctrl+F)</source>
        <translation>Schnellfilter über die geladenen Zeilen (Strg+F)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>No threat matches these filters.</source>
        <translation>Keine Bedrohung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>The console has no threats.</source>
        <translation>Die Konsole hat keine Bedrohungen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flag %Ln threat(s) for OpenCTI</source>
        <translation>
            <numerusform>%Ln Bedrohung für OpenCTI &amp;markieren</numerusform>
            <numerusform>%Ln Bedrohungen für OpenCTI &amp;markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(wird geladen)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>Die Änderung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Flag threats</source>
        <translation>Bedrohungen markieren</translation>
    </message>
    <message>
        <source>Remove flags</source>
        <translation>Markierungen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Add the note &quot;%1&quot; to %Ln threat(s)? OpenCTI imports flagged threats.</source>
        <translation>
            <numerusform>Die Notiz „%1“ zu %Ln Bedrohung hinzufügen? OpenCTI importiert markierte Bedrohungen.</numerusform>
            <numerusform>Die Notiz „%1“ zu %Ln Bedrohungen hinzufügen? OpenCTI importiert markierte Bedrohungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the flag &quot;%1&quot; from %Ln threat(s)? Other notes stay.</source>
        <translation>
            <numerusform>Die Markierung „%1“ von %Ln Bedrohung entfernen? Andere Notizen bleiben.</numerusform>
            <numerusform>Die Markierung „%1“ von %Ln Bedrohungen entfernen? Andere Notizen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) could not be changed; the details list each one.</source>
        <translation>
            <numerusform>%Ln Bedrohung konnte nicht geändert werden; die Details führen jede einzeln auf.</numerusform>
            <numerusform>%Ln Bedrohungen konnten nicht geändert werden; die Details führen jede einzeln auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export threats</source>
        <translation>Bedrohungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln threat(s) to %1.</source>
        <translation>
            <numerusform>%Ln Bedrohung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Bedrohungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not export: not connected to the console.</source>
        <translation>Export fehlgeschlagen: nicht mit der Konsole verbunden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export could not be started.</source>
        <translation>Der Export konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Exporting the threats to %1…</source>
        <translation>Die Bedrohungen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Site-Filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Classification filter</source>
        <translation>Klassifizierungsfilter</translation>
    </message>
    <message>
        <source>Confidence filter</source>
        <translation>Konfidenzfilter</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Urteilsfilter</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Search the console</source>
        <translation>Konsole durchsuchen</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
</context>
<context>
    <name>ThreatCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ThreatDetailPane</name>
    <message>
        <source>No threat selected.
Select a threat to see its details and notes.</source>
        <translation>Keine Bedrohung ausgewählt.
Wählen Sie eine Bedrohung aus, um ihre Details und Notizen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Open in console</source>
        <translation>In der Konsole &amp;öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;MITRE ATT&amp;amp;CK&lt;/b&gt;</source>
        <translation>&lt;b&gt;MITRE ATT&amp;amp;CK&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open this threat&apos;s page in the SentinelOne console</source>
        <translation>Die Seite dieser Bedrohung in der SentinelOne-Konsole öffnen</translation>
    </message>
    <message>
        <source>Open in console</source>
        <translation>In der Konsole öffnen</translation>
    </message>
    <message>
        <source>No web browser could be started to open this threat in the SentinelOne console.</source>
        <translation>Es konnte kein Webbrowser gestartet werden, um diese Bedrohung in der SentinelOne-Konsole zu öffnen.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>Bedrohungs-ID</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Bösartig</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Analyst verdict</source>
        <translation>Analystenurteil</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Vorfallstatus</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Abwehr</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Erkannt von</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>External IP</source>
        <translation>Externe IP</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>None reported.</source>
        <translation>Keine gemeldet.</translation>
    </message>
    <message>
        <source>Loading notes…</source>
        <translation>Notizen werden geladen…</translation>
    </message>
    <message>
        <source>[flag for OpenCTI]</source>
        <translation>[für OpenCTI markieren]</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Notes of the threat</source>
        <translation>Notizen der Bedrohung</translation>
    </message>
</context>
<context>
    <name>ThreatListModel</name>
    <message>
        <source>Malicious</source>
        <translation>Bösartig</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Vorfallstatus</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>OpenCTI flag</source>
        <translation>OpenCTI-Markierung</translation>
    </message>
    <message>
        <source>In OpenCTI</source>
        <translation>In OpenCTI</translation>
    </message>
</context>
<context>
    <name>ThreatsCommand</name>
    <message>
        <source>The console&apos;s threats: list them, read their notes, flag them for the OpenCTI import.</source>
        <translation>Die Bedrohungen der Konsole: auflisten, ihre Notizen lesen, sie für den OpenCTI-Import markieren.</translation>
    </message>
    <message>
        <source>List threats (filters: --site, --since, --query).</source>
        <translation>Bedrohungen auflisten (Filter: --site, --since, --query).</translation>
    </message>
    <message>
        <source>Newest first. WHEN is a date (2026-01-31), a date and time (2026-01-31T08:00:00Z) or a
duration back from now such as P7D. With a profile limited to some sites, only those.
--json prints an array of threat objects. --csv prints the threat browser&apos;s CSV export:
UTF-8 with a byte order mark, a header row (id, name, classification, ...), one row per
threat, CRLF line ends, a field with a comma, quote or line break in double quotes (quotes
doubled), a field starting with = + - @ defused with a leading &apos;. Its flagged column
stays empty (that would take a request per threat: see &apos;threats notes&apos;). --csv and
--json cannot be combined. Nothing is printed on stdout unless the whole list was read.</source>
        <translation>Neueste zuerst. WHEN ist ein Datum (2026-01-31), ein Datum mit Uhrzeit (2026-01-31T08:00:00Z) oder eine
Dauer ab jetzt rückwärts wie P7D. Bei einem auf einige Sites beschränkten Profil nur diese.
--json gibt ein Array von Bedrohungsobjekten aus. --csv gibt den CSV-Export des Bedrohungsbrowsers aus:
UTF-8 mit Byte Order Mark, eine Kopfzeile (id, name, classification, ...), eine Zeile pro
Bedrohung, CRLF-Zeilenenden, ein Feld mit Komma, Anführungszeichen oder Zeilenumbruch in doppelten Anführungszeichen
(Anführungszeichen verdoppelt), ein Feld, das mit = + - @ beginnt, durch ein vorangestelltes &apos; entschärft. Die Spalte „flagged“
bleibt leer (das würde eine Anfrage pro Bedrohung erfordern: siehe &apos;threats notes&apos;). --csv und
--json können nicht kombiniert werden. Auf stdout wird nur etwas ausgegeben, wenn die ganze Liste gelesen wurde.</translation>
    </message>
    <message>
        <source>Only threats of this site (IDs separated by commas).</source>
        <translation>Nur Bedrohungen dieser Site (IDs durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only threats created since WHEN.</source>
        <translation>Nur seit WHEN erstellte Bedrohungen.</translation>
    </message>
    <message>
        <source>Free-text filter.</source>
        <translation>Freitextfilter.</translation>
    </message>
    <message>
        <source>Print CSV on stdout, as the threat browser exports it.</source>
        <translation>CSV auf stdout ausgeben, so wie der Bedrohungsbrowser exportiert.</translation>
    </message>
    <message>
        <source>Show the notes of a threat.</source>
        <translation>Die Notizen einer Bedrohung anzeigen.</translation>
    </message>
    <message>
        <source>Add the flag note to the threats (one request).</source>
        <translation>Den Bedrohungen die Markierungsnotiz hinzufügen (eine Anfrage).</translation>
    </message>
    <message>
        <source>The flag note&apos;s text is SIGN (default [OpenCTI_add]), the profile&apos;s, or --sign TEXT.</source>
        <translation>Der Text der Markierungsnotiz ist SIGN (Standard [OpenCTI_add]), der des Profils oder --sign TEXT.</translation>
    </message>
    <message>
        <source>Remove only the flag notes; other notes stay.</source>
        <translation>Nur die Markierungsnotizen entfernen; andere Notizen bleiben.</translation>
    </message>
    <message>
        <source>--csv and --json cannot be combined: choose one output format</source>
        <translation>--csv und --json können nicht kombiniert werden: Wählen Sie ein Ausgabeformat</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is neither a date (2026-01-31), a date and time (2026-01-31T08:00:00Z) nor a duration (P7D)</source>
        <translation>--since: &quot;%1&quot; ist weder ein Datum (2026-01-31), ein Datum mit Uhrzeit (2026-01-31T08:00:00Z) noch eine Dauer (P7D)</translation>
    </message>
    <message>
        <source>cannot keep the list in the temporary file %1: %2</source>
        <translation>die Liste kann nicht in der temporären Datei %1 gehalten werden: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NOTE ID</source>
        <translation>NOTIZ-ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>MARKIERUNG</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>ID: &quot;%1&quot; is not a threat ID; give the number the console shows for the threat (see &apos;threats list&apos;), e.g. 1234567890123456789</source>
        <translation>ID: &quot;%1&quot; ist keine Bedrohungs-ID; geben Sie die Nummer an, die die Konsole für die Bedrohung anzeigt (siehe &apos;threats list&apos;), z. B. 1234567890123456789</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last run: %1 – %2: %3</source>
        <translation>Letzter Lauf: %1 – %2: %3</translation>
    </message>
    <message>
        <source>Open S1 Bridge</source>
        <translation>S1 Bridge öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation>Synchronisierung pausieren</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>S1 Bridge</source>
        <translation>S1 Bridge</translation>
    </message>
    <message>
        <source>S1 Bridge keeps syncing in the background. Open it again from its tray icon; quit it from the tray menu.</source>
        <translation>S1 Bridge synchronisiert im Hintergrund weiter. Öffnen Sie es erneut über das Symbol im Infobereich; beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (notification area); S1 Bridge keeps syncing only while its window is open.</source>
        <translation>Dieser Desktop hat keinen Infobereich; S1 Bridge synchronisiert nur, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Background sync is off</source>
        <translation>Hintergrundsynchronisierung ist aus</translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation>Synchronisierung fortsetzen</translation>
    </message>
    <message>
        <source>no summary</source>
        <translation>keine Zusammenfassung</translation>
    </message>
    <message>
        <source>S1 Bridge: a job failed</source>
        <translation>S1 Bridge: Ein Auftrag ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>New items imported: %1 (runs: %2)</source>
        <translation>Neue Elemente importiert: %1 (Läufe: %2)</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ValuePattern</name>
    <message>
        <source>the pattern is empty; expected an IP network, a domain, a hash, a URL or re:EXPRESSION</source>
        <translation>das Muster ist leer; erwartet wird ein IP-Netz, eine Domain, ein Hash, eine URL oder re:EXPRESSION</translation>
    </message>
    <message>
        <source>&quot;re:&quot; is followed by no regular expression</source>
        <translation>auf &quot;re:&quot; folgt kein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 (at character %3)</source>
        <translation>&quot;%1&quot; ist kein gültiger regulärer Ausdruck: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network; expected an address and a prefix length such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; ist kein IP-Netz; erwartet wird eine Adresse und eine Präfixlänge wie 10.0.0.0/8 oder 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network, a domain, a hash, a URL or re:EXPRESSION%2</source>
        <translation>&quot;%1&quot; ist weder ein IP-Netz noch eine Domain, ein Hash, eine URL oder re:EXPRESSION%2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connector configuration</source>
        <translation>Connector-Konfiguration</translation>
    </message>
    <message>
        <source>Connector configuration (*.yml *.yaml *.env .env);;All files (*)</source>
        <translation>Connector-Konfiguration (*.yml *.yaml *.env .env);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo tenant could not start: no free port on 127.0.0.1.</source>
        <translation>Der Demo-Mandant konnte nicht starten: kein freier Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>Not used (unknown keys): %1</source>
        <translation>Nicht verwendet (unbekannte Schlüssel): %1</translation>
    </message>
    <message>
        <source>Connector configuration file</source>
        <translation>Konfigurationsdatei des Connectors</translation>
    </message>
</context>
<context>
    <name>WizardPageBase</name>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>cli::CliContext</name>
    <message>
        <source>Run &apos;s1bridge-cli --help&apos; for the commands and options.</source>
        <translation>Führen Sie &apos;s1bridge-cli --help&apos; aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Run &apos;s1bridge-cli %1 --help&apos; for its subcommands.</source>
        <translation>Führen Sie &apos;s1bridge-cli %1 --help&apos; aus, um die Unterbefehle zu sehen.</translation>
    </message>
    <message>
        <source>Run &apos;s1bridge-cli %1 --help&apos; for its options.</source>
        <translation>Führen Sie &apos;s1bridge-cli %1 --help&apos; aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>cannot read the API token file %1: %2</source>
        <translation>die API-Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the API token file %1 is too large to be a token (more than %2 KiB); give a file that holds only the token</source>
        <translation>die API-Token-Datei %1 ist zu groß für ein Token (mehr als %2 KiB); geben Sie eine Datei an, die nur das Token enthält</translation>
    </message>
    <message>
        <source>(stdin)</source>
        <translation>(stdin)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is the demo tenant, which lives in the S1 Bridge window (s1bridge). For the command line, start the simulator and use the settings it prints:
  s1bridge-sim &gt; sim.env &amp; sleep 1
  set -a; . ./sim.env; set +a
  s1bridge-cli %2</source>
        <translation>Profil „%1“ ist der Demo-Mandant, der im Fenster von S1 Bridge (s1bridge) lebt. Für die Befehlszeile starten Sie den Simulator und verwenden die Einstellungen, die er ausgibt:
  s1bridge-sim &gt; sim.env &amp; sleep 1
  set -a; . ./sim.env; set +a
  s1bridge-cli %2</translation>
    </message>
    <message>
        <source>no console URL: set %1 (or --url), e.g. S1_URL=https://yourcompany.sentinelone.net</source>
        <translation>keine Konsolen-URL: Setzen Sie %1 (oder --url), z. B. S1_URL=https://yourcompany.sentinelone.net</translation>
    </message>
    <message>
        <source>no API token for profile &quot;%1&quot;: there is no keychain (%2) and %3 is not set</source>
        <translation>kein API-Token für Profil „%1“: Es gibt keinen Schlüsselbund (%2), und %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no API token for profile &quot;%1&quot;: the keychain has none (import the profile again, or set it in S1 Bridge) and %2 is not set</source>
        <translation>kein API-Token für Profil „%1“: Der Schlüsselbund enthält keines (importieren Sie das Profil erneut oder setzen Sie es in S1 Bridge), und %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no API token: set %1 in the environment or use --api-key-file FILE</source>
        <translation>kein API-Token: Setzen Sie %1 in der Umgebung oder verwenden Sie --api-key-file FILE</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 100, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl von 1 bis 100 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1 or more)</source>
        <translation>--timeout erwartet eine Anzahl Sekunden (1 oder mehr)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not send to OpenCTI: edit it in S1 Bridge (OpenCTI page) or import a configuration with OPENCTI_URL</source>
        <translation>Profil „%1“ sendet nicht an OpenCTI: Bearbeiten Sie es in S1 Bridge (Seite OpenCTI) oder importieren Sie eine Konfiguration mit OPENCTI_URL</translation>
    </message>
    <message>
        <source>%1 must be a UUID (the connector&apos;s identity in OpenCTI), e.g. %2</source>
        <translation>%1 muss eine UUID sein (die Identität des Connectors in OpenCTI), z. B. %2</translation>
    </message>
    <message>
        <source>no OpenCTI URL: set %1, e.g. OPENCTI_URL=https://opencti.example.com</source>
        <translation>keine OpenCTI-URL: Setzen Sie %1, z. B. OPENCTI_URL=https://opencti.example.com</translation>
    </message>
    <message>
        <source>no OpenCTI token: set %1 (or store it with the profile in S1 Bridge)</source>
        <translation>kein OpenCTI-Token: Setzen Sie %1 (oder speichern Sie es mit dem Profil in S1 Bridge)</translation>
    </message>
    <message>
        <source>%1 has no S1_API_KEY and the environment has none (%2)</source>
        <translation>%1 hat kein S1_API_KEY, und die Umgebung hat auch keines (%2)</translation>
    </message>
    <message>
        <source>%1 has no usable OPENCTI_URL</source>
        <translation>%1 hat keine verwendbare OPENCTI_URL</translation>
    </message>
    <message>
        <source>%1 has no OpenCTI token and the environment has none (%2)</source>
        <translation>%1 hat kein OpenCTI-Token, und die Umgebung hat auch keines (%2)</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; &apos;s1bridge-cli profiles list&apos; shows the saved profiles</source>
        <translation>kein Profil namens „%1“; &apos;s1bridge-cli profiles list&apos; zeigt die gespeicherten Profile</translation>
    </message>
    <message>
        <source>Interrupted; stopping.</source>
        <translation>Unterbrochen; wird beendet.</translation>
    </message>
    <message>
        <source>warning: this run is not recorded in the job history: %1</source>
        <translation>Warnung: Dieser Lauf wird nicht im Auftragsverlauf erfasst: %1</translation>
    </message>
    <message>
        <source>interrupted before %1</source>
        <translation>unterbrochen vor %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds from 1 to 86400</source>
        <translation>--deadline erwartet eine Anzahl von Sekunden zwischen 1 und 86400</translation>
    </message>
</context>
<context>
    <name>config::SecretStore</name>
    <message>
        <source>The macOS Keychain did not answer (%1).</source>
        <translation>Der macOS-Schlüsselbund hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access, then restart S1 Bridge.</source>
        <translation>Entsperren Sie den Anmeldeschlüsselbund in der Schlüsselbundverwaltung und starten Sie S1 Bridge dann neu.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager did not answer (%1).</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>Check that the Credential Manager service runs, then restart S1 Bridge.</source>
        <translation>Prüfen Sie, ob der Dienst der Anmeldeinformationsverwaltung läuft, und starten Sie S1 Bridge dann neu.</translation>
    </message>
    <message>
        <source>No keychain answered: the Secret Service on the D-Bus session bus is missing or not running (%1).</source>
        <translation>Kein Schlüsselbund hat geantwortet: Der Secret Service auf dem D-Bus-Sitzungsbus fehlt oder läuft nicht (%1).</translation>
    </message>
    <message>
        <source>To store them, install and unlock a keychain in your desktop session (gnome-keyring: sudo apt install gnome-keyring; or KWallet with its Secret Service), then restart S1 Bridge. On a server, s1bridge-cli reads S1_API_KEY and OPENCTI_TOKEN from the environment instead.</source>
        <translation>Um sie zu speichern, installieren und entsperren Sie einen Schlüsselbund in Ihrer Desktop-Sitzung (gnome-keyring: sudo apt install gnome-keyring; oder KWallet mit seinem Secret Service) und starten Sie S1 Bridge dann neu. Auf einem Server liest s1bridge-cli stattdessen S1_API_KEY und OPENCTI_TOKEN aus der Umgebung.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only and must be entered again next time; nothing is written to disk.</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The keychain could not store %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>exchange::FeedPullJob</name>
    <message>
        <source>Pull IOCs from %1</source>
        <translation>IOCs von %1 abrufen</translation>
    </message>
    <message>
        <source>url or file: give either the feed&apos;s http(s) address or a local file, not both.</source>
        <translation>url oder file: Geben Sie entweder die http(s)-Adresse des Feeds oder eine lokale Datei an, nicht beides.</translation>
    </message>
    <message>
        <source>authorization: a credential is sent to a URL only; a file source takes none.</source>
        <translation>authorization: Zugangsdaten werden nur an eine URL gesendet; eine Dateiquelle nimmt keine an.</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http or https address, e.g. https://feeds.example.com/iocs.txt.</source>
        <translation>url: &quot;%1&quot; ist keine http- oder https-Adresse, z. B. https://feeds.example.com/iocs.txt.</translation>
    </message>
    <message>
        <source>format: use auto, text, csv or stix, not &quot;%1&quot;.</source>
        <translation>format: Verwenden Sie auto, text, csv oder stix, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The source %1 cannot be pulled. %2</source>
        <translation>Die Quelle %1 kann nicht abgerufen werden. %2</translation>
    </message>
    <message>
        <source>Reading the source&apos;s credential from the keychain</source>
        <translation>Die Zugangsdaten der Quelle werden aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>The credential of the source %1 is not in the keychain: give it again with &apos;s1bridge-cli sources credential %1 FILE&apos; (or in the window&apos;s source editor).</source>
        <translation>Die Zugangsdaten der Quelle %1 sind nicht im Schlüsselbund. Geben Sie sie erneut mit &apos;s1bridge-cli sources credential %1 FILE&apos; an (oder im Quelleneditor des Fensters).</translation>
    </message>
    <message>
        <source>The file %1 of the source %2 cannot be read: check that it exists and that this user may read it.</source>
        <translation>Die Datei %1 der Quelle %2 kann nicht gelesen werden. Prüfen Sie, ob sie existiert und ob dieser Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB: split it.</source>
        <translation>Die Datei %1 ist größer als %2 MiB. Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message>
        <source>The feed at %1 has not changed since the last pull (HTTP 304).</source>
        <translation>Der Feed unter %1 hat sich seit dem letzten Abruf nicht geändert (HTTP 304).</translation>
    </message>
    <message>
        <source>The feed at %1 is larger than %2 MiB: S1 Bridge stopped reading it.</source>
        <translation>Der Feed unter %1 ist größer als %2 MiB: S1 Bridge hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The feed at %1 refused access (HTTP %2): check the source&apos;s credentials.</source>
        <translation>Der Feed unter %1 hat den Zugriff verweigert (HTTP %2). Prüfen Sie die Zugangsdaten der Quelle.</translation>
    </message>
    <message>
        <source>There is no feed at %1 (HTTP 404): check the address.</source>
        <translation>Unter %1 gibt es keinen Feed (HTTP 404). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The feed at %1 answered HTTP %2 %3: try again later.</source>
        <translation>Der Feed unter %1 antwortete mit HTTP %2 %3. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The feed at %1 could not be fetched: %2</source>
        <translation>Der Feed unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The feed at %1 answered a web page, not a list of indicators: check the address (a login or error page?).</source>
        <translation>Der Feed unter %1 hat mit einer Webseite statt einer Liste von Indikatoren geantwortet. Prüfen Sie die Adresse (eine Anmelde- oder Fehlerseite?).</translation>
    </message>
    <message>
        <source>%1 has not changed since the last pull.</source>
        <translation>%1 hat sich seit dem letzten Abruf nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 bytes</source>
        <translation>
            <numerusform>%1 Byte werden gelesen</numerusform>
            <numerusform>%1 Bytes werden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %1 of %Ln IOC(s)</source>
        <translation>
            <numerusform>%1 von %Ln IOC gespeichert</numerusform>
            <numerusform>%1 von %Ln IOCs gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %Ln IOC(s) from %1</source>
        <translation>
            <numerusform>%Ln IOC von %1 abgerufen</numerusform>
            <numerusform>%Ln IOCs von %1 abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %1 new, %2 updated, %3 unchanged; %Ln line(s) refused; %4 no longer listed.</source>
        <translation>
            <numerusform>: %1 neu, %2 aktualisiert, %3 unverändert; %Ln Zeile abgelehnt; %4 nicht mehr gelistet.</numerusform>
            <numerusform>: %1 neu, %2 aktualisiert, %3 unverändert; %Ln Zeilen abgelehnt; %4 nicht mehr gelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>exchange::FileIocDestination</name>
    <message>
        <source>%1 could not be read back: %2</source>
        <translation>%1 konnte nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The IOC file %1 could not be written: %2. Nothing was changed in it; choose a path this user can write to, or free some space, then run the sharing again.</source>
        <translation>Die IOC-Datei %1 konnte nicht geschrieben werden: %2. Darin wurde nichts geändert. Wählen Sie einen Pfad, in den dieser Benutzer schreiben darf, oder schaffen Sie Speicherplatz, und führen Sie die Freigabe dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>exchange::IocCsvExportJob</name>
    <message>
        <source>Export IOCs to CSV</source>
        <translation>IOCs nach CSV exportieren</translation>
    </message>
    <message>
        <source>There is no IOC store to export from.</source>
        <translation>Es gibt keinen IOC-Speicher, aus dem exportiert werden kann.</translation>
    </message>
    <message>
        <source>Counting the IOCs…</source>
        <translation>IOCs werden gezählt…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln IOC(s) written</source>
        <translation>
            <numerusform>%1 von %Ln IOC geschrieben</numerusform>
            <numerusform>%1 von %Ln IOCs geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln IOC(s) to %1.</source>
        <translation>
            <numerusform>%Ln IOC nach %1 exportiert.</numerusform>
            <numerusform>%Ln IOCs nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::IocShareJob</name>
    <message>
        <source>Test sharing &quot;%1&quot;</source>
        <translation>Freigabe „%1“ testen</translation>
    </message>
    <message>
        <source>Share IOCs: %1</source>
        <translation>IOCs teilen: %1</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; has no destination to send to.</source>
        <translation>Die Freigabekonfiguration „%1“ hat kein Ziel, an das gesendet werden kann.</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Freigabekonfiguration „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; is not saved yet: save it, then share.</source>
        <translation>Die Freigabekonfiguration „%1“ ist noch nicht gespeichert. Speichern Sie sie und teilen Sie dann.</translation>
    </message>
    <message>
        <source>The business rule &quot;%1&quot; of the sharing configuration &quot;%2&quot; does not exist any more: choose another one.</source>
        <translation>Die Geschäftsregel „%1“ der Freigabekonfiguration „%2“ existiert nicht mehr. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The business rule &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Geschäftsregel „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Reading back IOCs whose answer was not recorded</source>
        <translation>IOCs, deren Antwort nicht erfasst wurde, werden zurückgelesen</translation>
    </message>
    <message>
        <source>Counting IOCs to retract</source>
        <translation>Zurückzuziehende IOCs werden gezählt</translation>
    </message>
    <message>
        <source>Retracting IOCs no source reports</source>
        <translation>IOCs, die keine Quelle mehr meldet, werden zurückgezogen</translation>
    </message>
    <message>
        <source>Counting IOCs to renew</source>
        <translation>Zu erneuernde IOCs werden gezählt</translation>
    </message>
    <message>
        <source>Renewing changed or expiring IOCs</source>
        <translation>Geänderte oder ablaufende IOCs werden erneuert</translation>
    </message>
    <message>
        <source>Counting IOCs to create</source>
        <translation>Zu erstellende IOCs werden gezählt</translation>
    </message>
    <message>
        <source>Sharing new IOCs</source>
        <translation>Neue IOCs werden geteilt</translation>
    </message>
    <message>
        <source>The console&apos;s answer to %L1 IOCs was lost %L2 times in a row; they stay pending and are read back first on the next run. Check the network between this machine and the console.</source>
        <translation>Die Antwort der Konsole zu %L1 IOCs ging %L2-mal hintereinander verloren; sie bleiben ausstehend und werden beim nächsten Lauf zuerst zurückgelesen. Prüfen Sie das Netzwerk zwischen diesem Rechner und der Konsole.</translation>
    </message>
    <message>
        <source>IOCs whose answer was lost</source>
        <translation>IOCs, deren Antwort verloren ging</translation>
    </message>
    <message>
        <source>Pending: %L1. They could not be read back from the console now; the next run reads them back first and sends again only those the console does not have.</source>
        <translation>Ausstehend: %L1. Sie konnten jetzt nicht von der Konsole zurückgelesen werden; der nächste Lauf liest sie zuerst zurück und sendet nur diejenigen erneut, die die Konsole nicht hat.</translation>
    </message>
    <message>
        <source>Test of &quot;%1&quot; (nothing sent): %L2 IOCs would be created, %L3 renewed and %L4 retracted.</source>
        <translation>Test von „%1“ (nichts gesendet): %L2 IOCs würden erstellt, %L3 erneuert und %L4 zurückgezogen.</translation>
    </message>
    <message>
        <source>%L1 IOCs sent by an interrupted run would be read back first.</source>
        <translation>%L1 von einem unterbrochenen Lauf gesendete IOCs würden zuerst zurückgelesen.</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>Zum Beispiel: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Shared to %1: %L2 created, %L3 renewed, %L4 retracted, %L5 refused, %L6 unchanged (%L7 requests).</source>
        <translation>Geteilt mit %1: %L2 erstellt, %L3 erneuert, %L4 zurückgezogen, %L5 abgelehnt, %L6 unverändert (%L7 Anfragen).</translation>
    </message>
</context>
<context>
    <name>exchange::OpenCtiIndicatorPullJob</name>
    <message>
        <source>Pull IOCs from %1</source>
        <translation>IOCs von %1 abrufen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>minScore: expected a whole number from 0 to 100.</source>
        <translation>minScore: erwartet wird eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>initialDays: expected a whole number of days from 1 to 3,650.</source>
        <translation>initialDays: erwartet wird eine ganze Zahl von Tagen von 1 bis 3.650.</translation>
    </message>
    <message>
        <source>pageSize: expected a whole number from 1 to 500.</source>
        <translation>pageSize: erwartet wird eine ganze Zahl von 1 bis 500.</translation>
    </message>
    <message>
        <source>labels: expected a list of label names (none: every label).</source>
        <translation>labels: erwartet wird eine Liste von Label-Namen (keine: alle Labels).</translation>
    </message>
    <message>
        <source>maxMarking: &quot;%1&quot; is not one of %2.</source>
        <translation>maxMarking: &quot;%1&quot; ist nicht eines von %2.</translation>
    </message>
    <message>
        <source>The source %1 cannot be pulled. %2</source>
        <translation>Die Quelle %1 kann nicht abgerufen werden. %2</translation>
    </message>
    <message>
        <source>The source %1 reads the profile&apos;s OpenCTI, and the profile has none set up: set up OpenCTI in the profile first.</source>
        <translation>Die Quelle %1 liest das OpenCTI des Profils, aber im Profil ist keines eingerichtet. Richten Sie zuerst OpenCTI im Profil ein.</translation>
    </message>
    <message>
        <source>Reading indicators from OpenCTI</source>
        <translation>Indikatoren werden aus OpenCTI gelesen</translation>
    </message>
    <message>
        <source>indicator %1 (%2)</source>
        <translation>Indikator %1 (%2)</translation>
    </message>
    <message>
        <source>Read %1 indicator(s) from OpenCTI</source>
        <translation>%1 Indikator(en) aus OpenCTI gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln indicator(s) from OpenCTI</source>
        <translation>
            <numerusform>%Ln Indikator aus OpenCTI gelesen</numerusform>
            <numerusform>%Ln Indikatoren aus OpenCTI gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 new, %2 updated, %3 unchanged IOC(s); %4 ended (revoked, expired or left out by the settings); %5 refused.</source>
        <translation>: %1 neue, %2 aktualisierte, %3 unveränderte IOCs; %4 beendet (widerrufen, abgelaufen oder durch die Einstellungen ausgelassen); %5 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>exchange::OpenCtiIocDestination</name>
    <message>
        <source>OpenCTI</source>
        <translation>OpenCTI</translation>
    </message>
    <message>
        <source>OpenCTI at %1</source>
        <translation>OpenCTI unter %1</translation>
    </message>
    <message>
        <source>the profile has no OpenCTI client</source>
        <translation>das Profil hat keinen OpenCTI-Client</translation>
    </message>
    <message>
        <source>Connector ID: the profile has none; edit the profile to create one</source>
        <translation>Connector-ID: Das Profil hat keine. Bearbeiten Sie das Profil, um eine zu erstellen</translation>
    </message>
    <message>
        <source>S1 Bridge sharing &quot;%1&quot; %2</source>
        <translation>S1-Bridge-Freigabe „%1“ %2</translation>
    </message>
    <message>
        <source>OpenCTI created no work for the sharing</source>
        <translation>OpenCTI hat für die Freigabe keine Arbeit angelegt</translation>
    </message>
    <message>
        <source>OpenCTI did not accept the bundle</source>
        <translation>OpenCTI hat das Bundle nicht angenommen</translation>
    </message>
</context>
<context>
    <name>exchange::S1IocDestination</name>
    <message>
        <source>SentinelOne threat intelligence, %1</source>
        <translation>SentinelOne-Bedrohungsinformationen, %1</translation>
    </message>
</context>
<context>
    <name>exchange::S1ThreatPullJob</name>
    <message>
        <source>Pull IOCs from SentinelOne threats</source>
        <translation>IOCs aus SentinelOne-Bedrohungen abrufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln Bedrohung</numerusform>
            <numerusform>%Ln Bedrohungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %Ln IOC(s) from %1.</source>
        <translation>
            <numerusform>%Ln IOC von %1 abgerufen.</numerusform>
            <numerusform>%Ln IOCs von %1 abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiClient</name>
    <message>
        <source>%1: give the TAXII server&apos;s address, e.g. https://taxii.example.com/taxii2/.</source>
        <translation>%1: Geben Sie die Adresse des TAXII-Servers an, z. B. https://taxii.example.com/taxii2/.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http or https address, e.g. https://taxii.example.com/taxii2/.</source>
        <translation>%1: &quot;%2&quot; ist keine http- oder https-Adresse, z. B. https://taxii.example.com/taxii2/.</translation>
    </message>
    <message>
        <source>The TAXII server at %1 lists no API root: ask its administrator which one to use.</source>
        <translation>Der TAXII-Server unter %1 listet kein API-Root auf. Fragen Sie den Administrator, welches zu verwenden ist.</translation>
    </message>
    <message>
        <source>%1 answered JSON that is neither a TAXII 2.1 discovery resource nor an API root: check the URL (for example https://taxii.example.com/taxii2/).</source>
        <translation>%1 hat mit JSON geantwortet, das weder eine TAXII-2.1-Discovery-Ressource noch ein API-Root ist. Prüfen Sie die URL (zum Beispiel https://taxii.example.com/taxii2/).</translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiDiscovery</name>
    <message>
        <source>Asking %1 for its API roots…</source>
        <translation>%1 wird nach seinen API-Roots gefragt…</translation>
    </message>
    <message>
        <source>Reading the collections of %1…</source>
        <translation>Die Sammlungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiPullJob</name>
    <message>
        <source>Pull IOCs from %1</source>
        <translation>IOCs von %1 abrufen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>collectionId: choose the collection to read (Discover lists them).</source>
        <translation>collectionId: Wählen Sie die zu lesende Sammlung („Ermitteln“ listet sie auf).</translation>
    </message>
    <message>
        <source>auth: use none, basic or bearer, not &quot;%1&quot;.</source>
        <translation>auth: Verwenden Sie none, basic oder bearer, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>username: basic authentication needs the user name.</source>
        <translation>username: Die Basic-Authentifizierung braucht den Benutzernamen.</translation>
    </message>
    <message>
        <source>initialDays: expected a whole number of days from 1 to 3,650.</source>
        <translation>initialDays: erwartet wird eine ganze Zahl von Tagen von 1 bis 3.650.</translation>
    </message>
    <message>
        <source>pageSize: expected a whole number from 1 to 10,000.</source>
        <translation>pageSize: erwartet wird eine ganze Zahl von 1 bis 10.000.</translation>
    </message>
    <message>
        <source>The source %1 cannot be pulled. %2</source>
        <translation>Die Quelle %1 kann nicht abgerufen werden. %2</translation>
    </message>
    <message>
        <source>Reading the source&apos;s secret from the keychain</source>
        <translation>Das Geheimnis der Quelle wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>The password or token of the source %1 is not in the keychain: give it again with &apos;s1bridge-cli sources credential %1 FILE&apos; (or in the window&apos;s source editor).</source>
        <translation>Das Passwort oder Token der Quelle %1 ist nicht im Schlüsselbund. Geben Sie es erneut mit &apos;s1bridge-cli sources credential %1 FILE&apos; an (oder im Quelleneditor des Fensters).</translation>
    </message>
    <message>
        <source>Asking %1 for its API root</source>
        <translation>%1 wird nach seinem API-Root gefragt</translation>
    </message>
    <message numerus="yes">
        <source>The TAXII server of the source %1 has %Ln API roots and names no default: choose one in the source&apos;s settings (apiRoot).</source>
        <translation>
            <numerusform>Der TAXII-Server der Quelle %1 hat %Ln API-Root und nennt kein Standard-Root. Wählen Sie eines in den Einstellungen der Quelle (apiRoot).</numerusform>
            <numerusform>Der TAXII-Server der Quelle %1 hat %Ln API-Roots und nennt kein Standard-Root. Wählen Sie eines in den Einstellungen der Quelle (apiRoot).</numerusform>
        </translation>
    </message>
    <message>
        <source>The TAXII server of the source %1 kept answering &quot;more&quot; after %2 pages: S1 Bridge stopped reading.</source>
        <translation>Der TAXII-Server der Quelle %1 antwortete nach %2 Seiten weiterhin mit „more“: S1 Bridge hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the collection %1</source>
        <translation>Die Sammlung %1 wird gelesen</translation>
    </message>
    <message>
        <source>The TAXII server of the source %1 answered the objects request with JSON that is not a TAXII envelope: check the API root and the collection.</source>
        <translation>Der TAXII-Server der Quelle %1 hat die Objektanfrage mit JSON beantwortet, das kein TAXII-Envelope ist. Prüfen Sie das API-Root und die Sammlung.</translation>
    </message>
    <message>
        <source>indicator %1 (%2)</source>
        <translation>Indikator %1 (%2)</translation>
    </message>
    <message>
        <source>Read %1 indicator(s)</source>
        <translation>%1 Indikator(en) gelesen</translation>
    </message>
    <message>
        <source>The TAXII server of the source %1 says there is more, but gives no way to read it (no next, no new X-TAXII-Date-Added-Last).</source>
        <translation>Der TAXII-Server der Quelle %1 meldet, dass es mehr gibt, bietet aber keinen Weg, es zu lesen (kein next, kein neues X-TAXII-Date-Added-Last).</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln indicator(s) from the TAXII collection</source>
        <translation>
            <numerusform>%Ln Indikator aus der TAXII-Sammlung gelesen</numerusform>
            <numerusform>%Ln Indikatoren aus der TAXII-Sammlung gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 new, %2 updated, %3 unchanged IOC(s); %4 ended (revoked or expired); %5 refused.</source>
        <translation>: %1 neue, %2 aktualisierte, %3 unveränderte IOCs; %4 beendet (widerrufen oder abgelaufen); %5 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>firewall::CollectionResolver</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Protected networks: %1</source>
        <translation>Geschützte Netze: %1</translation>
    </message>
    <message>
        <source>the address of %1</source>
        <translation>die Adresse von %1</translation>
    </message>
    <message>
        <source>Typed entries</source>
        <translation>Eingegebene Einträge</translation>
    </message>
    <message>
        <source>The collection&apos;s file %1 cannot be read (%2): check the path, or remove the source from the collection.</source>
        <translation>Die Datei %1 der Sammlung kann nicht gelesen werden (%2). Prüfen Sie den Pfad oder entfernen Sie die Quelle aus der Sammlung.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>The collection takes IOCs of the exchange, but the IOC database is not open.</source>
        <translation>Die Sammlung übernimmt IOCs aus dem Austausch, aber die IOC-Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The collection takes the IOCs of %1, but not all of these sources exist any more: edit the collection&apos;s sources.</source>
        <translation>Die Sammlung übernimmt die IOCs von %1, aber nicht alle dieser Quellen existieren noch. Bearbeiten Sie die Quellen der Sammlung.</translation>
    </message>
    <message>
        <source>The collection takes IOCs through the business rule &quot;%1&quot;, which does not exist (or cannot be read): edit the collection&apos;s sources.</source>
        <translation>Die Sammlung übernimmt IOCs über die Geschäftsregel „%1“, die nicht existiert (oder nicht gelesen werden kann). Bearbeiten Sie die Quellen der Sammlung.</translation>
    </message>
    <message>
        <source>The list at %1 is larger than %2 MiB: S1 Bridge stopped reading it.</source>
        <translation>Die Liste unter %1 ist größer als %2 MiB: S1 Bridge hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The list at %1 answered HTTP %2: check the address; nothing was exported.</source>
        <translation>Die Liste unter %1 antwortete mit HTTP %2. Prüfen Sie die Adresse; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The list at %1 could not be read (%2): check the address and the network; nothing was exported.</source>
        <translation>Die Liste unter %1 konnte nicht gelesen werden (%2). Prüfen Sie die Adresse und das Netzwerk; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The list at %1 is a web page (HTML), not a list of addresses: check the address.</source>
        <translation>Die Liste unter %1 ist eine Webseite (HTML), keine Liste von Adressen. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
</context>
<context>
    <name>firewall::FirewallExportJob</name>
    <message>
        <source>Withdraw the firewall rules of %1</source>
        <translation>Die Firewall-Regeln von %1 zurückziehen</translation>
    </message>
    <message>
        <source>Plan the firewall export of %1</source>
        <translation>Den Firewall-Export von %1 planen</translation>
    </message>
    <message>
        <source>Export %1 as firewall rules</source>
        <translation>%1 als Firewall-Regeln exportieren</translation>
    </message>
    <message>
        <source>There is no firewall collection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Firewall-Sammlung namens „%1“.</translation>
    </message>
    <message>
        <source>The profile&apos;s console is not connected: connect it, then export again.</source>
        <translation>Die Konsole des Profils ist nicht verbunden. Verbinden Sie sie und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has no rules on this console: nothing to withdraw.</source>
        <translation>Die Sammlung „%1“ hat keine Regeln auf dieser Konsole: Es gibt nichts zurückzuziehen.</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has no site, account or group to export to in this profile: choose where its rules go, then export again.</source>
        <translation>Die Sammlung „%1“ hat in diesem Profil keine Site, kein Konto und keine Gruppe, in die exportiert werden kann. Wählen Sie, wohin ihre Regeln gehen, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Reading the collection&apos;s entries</source>
        <translation>Die Einträge der Sammlung werden gelesen</translation>
    </message>
    <message>
        <source>Reading the rules of %1</source>
        <translation>Die Regeln von %1 werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Plan for &quot;%1&quot;: %L2 entries in %n rule(s); %L3 change(s) in %L4 target(s), %L5 conflict(s). Nothing was changed.</source>
        <translation>
            <numerusform>Plan für „%1“: %L2 Einträge in %n Regel; %L3 Änderung(en) in %L4 Ziel(en), %L5 Konflikt(e). Es wurde nichts geändert.</numerusform>
            <numerusform>Plan für „%1“: %L2 Einträge in %n Regeln; %L3 Änderung(en) in %L4 Ziel(en), %L5 Konflikt(e). Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the rules of %1</source>
        <translation>Die Regeln von %1 werden geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A rule named &quot;%1&quot; appeared in %2 while exporting, and it is not the one S1 Bridge sent: it is left alone. Rename or delete it on the console, or adopt it.</source>
        <translation>Eine Regel namens „%1“ ist während des Exports in %2 aufgetaucht, und sie ist nicht die von S1 Bridge gesendete: Sie bleibt unangetastet. Benennen Sie sie auf der Konsole um, löschen Sie sie oder übernehmen Sie sie.</translation>
    </message>
    <message>
        <source>The console did not confirm the rule &quot;%1&quot; after %2 attempts: try again later.</source>
        <translation>Die Konsole hat die Regel „%1“ nach %2 Versuchen nicht bestätigt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew &quot;%1&quot;: %Ln rule(s) deleted (%2 request(s)).</source>
        <translation>
            <numerusform>„%1“ zurückgezogen: %Ln Regel gelöscht (%2 Anfrage(n)).</numerusform>
            <numerusform>„%1“ zurückgezogen: %Ln Regeln gelöscht (%2 Anfrage(n)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported &quot;%1&quot; (%L2 entries in %n rule(s)) to %L3 target(s): %L4 created, %L5 updated, %L6 renamed, %L7 deleted, %L8 unchanged, %L9 conflict(s); %L10 request(s).</source>
        <translation>
            <numerusform>„%1“ (%L2 Einträge in %n Regel) in %L3 Ziel(e) exportiert: %L4 erstellt, %L5 aktualisiert, %L6 umbenannt, %L7 gelöscht, %L8 unverändert, %L9 Konflikt(e); %L10 Anfrage(n).</numerusform>
            <numerusform>„%1“ (%L2 Einträge in %n Regeln) in %L3 Ziel(e) exportiert: %L4 erstellt, %L5 aktualisiert, %L6 umbenannt, %L7 gelöscht, %L8 unverändert, %L9 Konflikt(e); %L10 Anfrage(n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobs::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>jobs::Scheduler</name>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>A background job failed; it will be tried again later.</source>
        <translation>Ein Hintergrundauftrag ist fehlgeschlagen; er wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>net::ApiCall</name>
    <message>
        <source>No server address is configured.</source>
        <translation>Es ist keine Serveradresse konfiguriert.</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>weitergeleitet an %1</translation>
    </message>
    <message>
        <source>the connection closed before an answer came</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>die Antwort wurde nach %1 von %2 Bytes abgeschnitten</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer, after %1 bytes</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen, nach %1 Bytes</translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 fingerprint %1 is not the pinned one; %2</source>
        <translation>der SHA-256-Fingerabdruck %1 des Zertifikats ist nicht der angeheftete; %2</translation>
    </message>
</context>
<context>
    <name>opencti::OpenCtiCheckJob</name>
    <message>
        <source>Check the OpenCTI connection</source>
        <translation>Die OpenCTI-Verbindung prüfen</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>OpenCTI token: paste the API token shown in OpenCTI: your profile, API access.</source>
        <translation>OpenCTI-Token: Fügen Sie das in OpenCTI angezeigte API-Token ein (Ihr Profil, API-Zugriff).</translation>
    </message>
    <message>
        <source>Asking OpenCTI who the token belongs to</source>
        <translation>OpenCTI wird gefragt, wem das Token gehört</translation>
    </message>
    <message>
        <source>OpenCTI is busy or unreachable; trying again in %1 s</source>
        <translation>OpenCTI ist ausgelastet oder nicht erreichbar; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>the answer names no user and no version</source>
        <translation>die Antwort nennt keinen Benutzer und keine Version</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected to OpenCTI %1 as %2</source>
        <translation>Mit OpenCTI %1 als %2 verbunden</translation>
    </message>
</context>
<context>
    <name>opencti::OpenCtiImportJob</name>
    <message>
        <source>Import flagged threats into OpenCTI</source>
        <translation>Markierte Bedrohungen in OpenCTI importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln selected threat(s) into OpenCTI</source>
        <translation>
            <numerusform>%Ln ausgewählte Bedrohung in OpenCTI importieren</numerusform>
            <numerusform>%Ln ausgewählte Bedrohungen in OpenCTI importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is not configured: it needs a SentinelOne console and an OpenCTI platform.</source>
        <translation>Der Import ist nicht konfiguriert: Er braucht eine SentinelOne-Konsole und eine OpenCTI-Plattform.</translation>
    </message>
    <message>
        <source>Connector ID: the profile has none; edit the profile to create one.</source>
        <translation>Connector-ID: Das Profil hat keine. Bearbeiten Sie das Profil, um eine zu erstellen.</translation>
    </message>
    <message>
        <source>Import start date: choose the date from which threats are imported.</source>
        <translation>Import-Startdatum: Wählen Sie das Datum, ab dem Bedrohungen importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln import(s) left unconfirmed by an earlier run</source>
        <translation>
            <numerusform>%Ln von einem früheren Lauf unbestätigt gelassener Import wird geprüft</numerusform>
            <numerusform>%Ln von einem früheren Lauf unbestätigt gelassene Importe werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering with OpenCTI</source>
        <translation>Registrierung bei OpenCTI</translation>
    </message>
    <message>
        <source>Looking for threats to import</source>
        <translation>Zu importierende Bedrohungen werden gesucht</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 threats checked</source>
        <translation>Import: %1 von %2 Bedrohungen geprüft</translation>
    </message>
    <message>
        <source>S1 Bridge import %1</source>
        <translation>S1-Bridge-Import %1</translation>
    </message>
    <message>
        <source>OpenCTI created no work for the import</source>
        <translation>OpenCTI hat für den Import keine Arbeit angelegt</translation>
    </message>
    <message>
        <source>OpenCTI did not accept the bundle.</source>
        <translation>OpenCTI hat das Bundle nicht angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for OpenCTI to process %Ln bundle(s)</source>
        <translation>
            <numerusform>Warten, bis OpenCTI %Ln Bundle verarbeitet hat</numerusform>
            <numerusform>Warten, bis OpenCTI %Ln Bundles verarbeitet hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) sent by S1 Bridge</source>
        <translation>
            <numerusform>%Ln von S1 Bridge gesendete Bedrohung</numerusform>
            <numerusform>%Ln von S1 Bridge gesendete Bedrohungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln threat(s) to OpenCTI; it is still processing them. The next run confirms them.</source>
        <translation>
            <numerusform>%Ln Bedrohung an OpenCTI gesendet; OpenCTI verarbeitet sie noch. Der nächste Lauf bestätigt sie.</numerusform>
            <numerusform>%Ln Bedrohungen an OpenCTI gesendet; OpenCTI verarbeitet sie noch. Der nächste Lauf bestätigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenCTI is processing the bundles</source>
        <translation>OpenCTI verarbeitet die Bundles</translation>
    </message>
    <message>
        <source>OpenCTI reported: %1</source>
        <translation>OpenCTI meldete: %1</translation>
    </message>
    <message>
        <source>The import database could not record the result: %1</source>
        <translation>Die Import-Datenbank konnte das Ergebnis nicht erfassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln threat(s) into OpenCTI.</source>
        <translation>
            <numerusform>%Ln Bedrohung in OpenCTI importiert.</numerusform>
            <numerusform>%Ln Bedrohungen in OpenCTI importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged since the last import.</source>
        <translation>
            <numerusform>%Ln seit dem letzten Import unverändert.</numerusform>
            <numerusform>%Ln seit dem letzten Import unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without the flag.</source>
        <translation>
            <numerusform>%Ln ohne Markierung.</numerusform>
            <numerusform>%Ln ohne Markierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent earlier and still being processed by OpenCTI.</source>
        <translation>
            <numerusform>%Ln früher gesendet und noch in Verarbeitung durch OpenCTI.</numerusform>
            <numerusform>%Ln früher gesendet und noch in Verarbeitung durch OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen.</numerusform>
            <numerusform>%Ln fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::AccountListJob</name>
    <message>
        <source>List accounts</source>
        <translation>Konten auflisten</translation>
    </message>
</context>
<context>
    <name>s1::ConsoleConnection</name>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Token refused by %1</source>
        <translation>Token von %1 abgelehnt</translation>
    </message>
    <message>
        <source>No rights on %1</source>
        <translation>Keine Rechte auf %1</translation>
    </message>
    <message>
        <source>%1 is not a SentinelOne console</source>
        <translation>%1 ist keine SentinelOne-Konsole</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>s1::ConsoleProbeJob</name>
    <message>
        <source>Look for a SentinelOne console</source>
        <translation>Nach einer SentinelOne-Konsole suchen</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Asking %1 whether it is a SentinelOne console</source>
        <translation>%1 wird gefragt, ob es eine SentinelOne-Konsole ist</translation>
    </message>
    <message>
        <source>A SentinelOne console answers at %1.</source>
        <translation>Unter %1 antwortet eine SentinelOne-Konsole.</translation>
    </message>
</context>
<context>
    <name>s1::ConsoleScopesJob</name>
    <message>
        <source>List the console&apos;s accounts, sites and groups</source>
        <translation>Konten, Sites und Gruppen der Konsole auflisten</translation>
    </message>
    <message>
        <source>The console connection was closed before its scopes were listed: open the profile again.</source>
        <translation>Die Verbindung zur Konsole wurde geschlossen, bevor ihre Bereiche aufgelistet waren: Öffnen Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>Listing accounts</source>
        <translation>Konten werden aufgelistet</translation>
    </message>
    <message>
        <source>Listing sites</source>
        <translation>Sites werden aufgelistet</translation>
    </message>
    <message>
        <source>Listing groups</source>
        <translation>Gruppen werden aufgelistet</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), </source>
        <translation>
            <numerusform>%n Konto, </numerusform>
            <numerusform>%n Konten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), </source>
        <translation>
            <numerusform>%n Site, </numerusform>
            <numerusform>%n Sites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::FirewallRuleListJob</name>
    <message>
        <source>List firewall rules</source>
        <translation>Firewall-Regeln auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln firewall rule(s)</source>
        <translation>
            <numerusform>%Ln Firewall-Regel</numerusform>
            <numerusform>%Ln Firewall-Regeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::GroupListJob</name>
    <message>
        <source>List groups</source>
        <translation>Gruppen auflisten</translation>
    </message>
</context>
<context>
    <name>s1::IocListJob</name>
    <message>
        <source>List threat-intelligence IOCs</source>
        <translation>Threat-Intelligence-IOCs auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IOC(s)</source>
        <translation>
            <numerusform>%Ln IOC</numerusform>
            <numerusform>%Ln IOCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::NoteListJob</name>
    <message>
        <source>List notes of threat %1</source>
        <translation>Notizen der Bedrohung %1 auflisten</translation>
    </message>
</context>
<context>
    <name>s1::PageWalk</name>
    <message>
        <source>The console</source>
        <translation>Die Konsole</translation>
    </message>
    <message>
        <source>The console %1</source>
        <translation>Die Konsole %1</translation>
    </message>
    <message>
        <source>it may be misbehaving, or a proxy may be changing its answers; try again later and tell its administrator if it goes on.</source>
        <translation>sie verhält sich möglicherweise fehlerhaft, oder ein Proxy verändert ihre Antworten; versuchen Sie es später erneut und informieren Sie ihren Administrator, wenn es so weitergeht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 repeated a page cursor after %n request(s): it would have sent the same pages forever, so the list was stopped; %2</source>
        <translation>
            <numerusform>%1 hat nach %n Anfrage einen Seiten-Cursor wiederholt: Sie hätte für immer dieselben Seiten gesendet, daher wurde die Liste angehalten; %2</numerusform>
            <numerusform>%1 hat nach %n Anfragen einen Seiten-Cursor wiederholt: Sie hätte für immer dieselben Seiten gesendet, daher wurde die Liste angehalten; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept sending pages past the %2 items it announced (%3 items in %n request(s)), so the list was stopped; %4</source>
        <translation>
            <numerusform>%1 hat weiter Seiten über die angekündigten %2 Einträge hinaus gesendet (%3 Einträge in %n Anfrage), daher wurde die Liste angehalten; %4</numerusform>
            <numerusform>%1 hat weiter Seiten über die angekündigten %2 Einträge hinaus gesendet (%3 Einträge in %n Anfragen), daher wurde die Liste angehalten; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept sending pages past %2 requests, so the list was stopped; %3</source>
        <translation>%1 hat über %2 Anfragen hinaus weiter Seiten gesendet, daher wurde die Liste angehalten; %3</translation>
    </message>
</context>
<context>
    <name>s1::PagedListJob</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Requesting the first page</source>
        <translation>Die erste Seite wird angefordert</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list</source>
        <translation>&quot;data&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>Listed %1 in %n request(s).</source>
        <translation>
            <numerusform>%1 in %n Anfrage aufgelistet.</numerusform>
            <numerusform>%1 in %n Anfragen aufgelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::S1Client</name>
    <message>
        <source>A threat note must be %L1 to %L2 characters long and not only spaces; this one has %L3.</source>
        <translation>Eine Bedrohungsnotiz muss %L1 bis %L2 Zeichen lang sein und darf nicht nur aus Leerzeichen bestehen; diese hat %L3.</translation>
    </message>
    <message>
        <source>A note request must name at least one threat.</source>
        <translation>Eine Notizanfrage muss mindestens eine Bedrohung nennen.</translation>
    </message>
    <message>
        <source>A note can be added to at most %L1 threats in one request, not %L2.</source>
        <translation>Eine Notiz kann in einer Anfrage höchstens %L1 Bedrohungen hinzugefügt werden, nicht %L2.</translation>
    </message>
    <message>
        <source>Sites can be listed for at most %L1 accounts in one request, not %L2.</source>
        <translation>Sites können in einer Anfrage für höchstens %L1 Konten aufgelistet werden, nicht %L2.</translation>
    </message>
    <message>
        <source>Groups can be listed for at most %L1 sites in one request, not %L2.</source>
        <translation>Gruppen können in einer Anfrage für höchstens %L1 Sites aufgelistet werden, nicht %L2.</translation>
    </message>
    <message>
        <source>Choose where the firewall rule goes: one account, site or group.</source>
        <translation>Wählen Sie, wohin die Firewall-Regel gehört: ein Konto, eine Site oder eine Gruppe.</translation>
    </message>
    <message>
        <source>The firewall rule to update has no id: read it from the console first.</source>
        <translation>Die zu aktualisierende Firewall-Regel hat keine ID. Lesen Sie sie zuerst von der Konsole.</translation>
    </message>
    <message>
        <source>Name the firewall rules to delete by their ids: a delete request without ids would delete every rule its filter matches.</source>
        <translation>Benennen Sie die zu löschenden Firewall-Regeln über ihre IDs: Eine Löschanfrage ohne IDs würde jede Regel löschen, auf die ihr Filter passt.</translation>
    </message>
    <message>
        <source>At most %L1 firewall rules can be deleted in one request, not %L2.</source>
        <translation>In einer Anfrage können höchstens %L1 Firewall-Regeln gelöscht werden, nicht %L2.</translation>
    </message>
    <message>
        <source>A firewall rule id to delete is empty.</source>
        <translation>Eine zu löschende Firewall-Regel-ID ist leer.</translation>
    </message>
    <message>
        <source>An IOC request must carry at least one IOC.</source>
        <translation>Eine IOC-Anfrage muss mindestens einen IOC enthalten.</translation>
    </message>
    <message>
        <source>IOC %L1 (%2)</source>
        <translation>IOC %L1 (%2)</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not one the console takes (%3).</source>
        <translation>%1: Der Typ &quot;%2&quot; wird von der Konsole nicht angenommen (%3).</translation>
    </message>
    <message>
        <source>IOC %L1: the value is empty.</source>
        <translation>IOC %L1: Der Wert ist leer.</translation>
    </message>
    <message>
        <source>%1: the source text is empty; the console needs one (for example &quot;S1 Bridge&quot;).</source>
        <translation>%1: Der Quelltext ist leer; die Konsole braucht einen (zum Beispiel &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>%1: the severity must be 0 to 7, not %2.</source>
        <translation>%1: Der Schweregrad muss 0 bis 7 sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: the risk score must be 0 to 100, not %2.</source>
        <translation>%1: Der Risikowert muss 0 bis 100 sein, nicht %2.</translation>
    </message>
    <message>
        <source>The IOC type &quot;%1&quot; is not one the console takes (%2).</source>
        <translation>Der IOC-Typ &quot;%1&quot; wird von der Konsole nicht angenommen (%2).</translation>
    </message>
    <message>
        <source>IOCs can be listed by at most %L1 uuids in one request, not %L2.</source>
        <translation>IOCs können in einer Anfrage über höchstens %L1 UUIDs aufgelistet werden, nicht %L2.</translation>
    </message>
    <message>
        <source>Name the IOCs to delete by their uuids: deleting by value alone would also delete the same value uploaded by anyone else.</source>
        <translation>Benennen Sie die zu löschenden IOCs über ihre UUIDs: Ein Löschen nur nach Wert würde auch denselben, von anderen hochgeladenen Wert löschen.</translation>
    </message>
    <message>
        <source>At most %L1 IOCs can be deleted in one request, not %L2.</source>
        <translation>In einer Anfrage können höchstens %L1 IOCs gelöscht werden, nicht %L2.</translation>
    </message>
    <message>
        <source>An IOC uuid to delete is empty.</source>
        <translation>Eine zu löschende IOC-UUID ist leer.</translation>
    </message>
</context>
<context>
    <name>s1::SiteListJob</name>
    <message>
        <source>List sites</source>
        <translation>Sites auflisten</translation>
    </message>
</context>
<context>
    <name>s1::Threat</name>
    <message>
        <source>Unnamed threat</source>
        <translation>Unbenannte Bedrohung</translation>
    </message>
</context>
<context>
    <name>s1::ThreatCsvExportJob</name>
    <message>
        <source>Export threats to CSV</source>
        <translation>Bedrohungen nach CSV exportieren</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln Bedrohung</numerusform>
            <numerusform>%Ln Bedrohungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln threat(s)</source>
        <translation>
            <numerusform>%1 von %Ln Bedrohung abgerufen</numerusform>
            <numerusform>%1 von %Ln Bedrohungen abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %Ln threat(s)</source>
        <translation>
            <numerusform>%Ln Bedrohung abgerufen</numerusform>
            <numerusform>%Ln Bedrohungen abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln row(s) written</source>
        <translation>
            <numerusform>%1; %Ln Zeile geschrieben</numerusform>
            <numerusform>%1; %Ln Zeilen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln threat(s) to %1.</source>
        <translation>
            <numerusform>%Ln Bedrohung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Bedrohungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>s1::ThreatFlagJob</name>
    <message numerus="yes">
        <source>Flag %n threat(s) for OpenCTI</source>
        <translation>
            <numerusform>%n Bedrohung für OpenCTI markieren</numerusform>
            <numerusform>%n Bedrohungen für OpenCTI markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the OpenCTI flag from %n threat(s)</source>
        <translation>
            <numerusform>Die OpenCTI-Markierung von %n Bedrohung entfernen</numerusform>
            <numerusform>Die OpenCTI-Markierung von %n Bedrohungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The flag text is empty; set it in the profile (default [OpenCTI_add]).</source>
        <translation>Der Markierungstext ist leer. Legen Sie ihn im Profil fest (Standard [OpenCTI_add]).</translation>
    </message>
    <message>
        <source>No threats given.</source>
        <translation>Keine Bedrohungen angegeben.</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Notizen werden gelesen</translation>
    </message>
    <message>
        <source>Reading which threats already carry the flag</source>
        <translation>Es wird gelesen, welche Bedrohungen bereits markiert sind</translation>
    </message>
    <message>
        <source>Adding the flag note</source>
        <translation>Die Markierungsnotiz wird hinzugefügt</translation>
    </message>
    <message>
        <source>The console&apos;s answer was lost; reading the notes back</source>
        <translation>Die Antwort der Konsole ging verloren; die Notizen werden zurückgelesen</translation>
    </message>
    <message>
        <source>The console does not know threat %1 (deleted, or outside this token&apos;s scope).</source>
        <translation>Die Konsole kennt die Bedrohung %1 nicht (gelöscht oder außerhalb des Bereichs dieses Tokens).</translation>
    </message>
    <message numerus="yes">
        <source>Flagged %Ln threat(s) for OpenCTI.</source>
        <translation>
            <numerusform>%Ln Bedrohung für OpenCTI markiert.</numerusform>
            <numerusform>%Ln Bedrohungen für OpenCTI markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %Ln threat(s).</source>
        <translation>
            <numerusform>Markierung von %Ln Bedrohung entfernt.</numerusform>
            <numerusform>Markierung von %Ln Bedrohungen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already flagged: %Ln threat(s).</source>
        <translation>
            <numerusform>Bereits markiert: %Ln Bedrohung.</numerusform>
            <numerusform>Bereits markiert: %Ln Bedrohungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) had no flag.</source>
        <translation>
            <numerusform>%Ln Bedrohung hatte keine Markierung.</numerusform>
            <numerusform>%Ln Bedrohungen hatten keine Markierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) failed.</source>
        <translation>
            <numerusform>%Ln Bedrohung ist fehlgeschlagen.</numerusform>
            <numerusform>%Ln Bedrohungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatListJob</name>
    <message>
        <source>List threats</source>
        <translation>Bedrohungen auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln Bedrohung</numerusform>
            <numerusform>%Ln Bedrohungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatQuery</name>
    <message>
        <source>The threat filter %1 holds %L2 values; SentinelOne takes at most %L3 in one request.</source>
        <translation>Der Bedrohungsfilter %1 enthält %L2 Werte; SentinelOne nimmt in einer Anfrage höchstens %L3 an.</translation>
    </message>
    <message>
        <source>The threat filter %1 has an empty value or one with a comma (&quot;%2&quot;).</source>
        <translation>Der Bedrohungsfilter %1 hat einen leeren Wert oder einen mit Komma (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The threat filter %1 does not take &quot;%2&quot;; expected one of: %3.</source>
        <translation>Der Bedrohungsfilter %1 nimmt &quot;%2&quot; nicht an; erwartet wird einer von: %3.</translation>
    </message>
    <message>
        <source>Threats cannot be sorted by &quot;%1&quot;; expected one of: %2.</source>
        <translation>Bedrohungen können nicht nach &quot;%1&quot; sortiert werden; erwartet wird eines von: %2.</translation>
    </message>
</context>
<context>
    <name>session::ProfileSession</name>
    <message>
        <source>The API token of %1 is not in the keychain.</source>
        <translation>Das API-Token von %1 ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This profile does not send to OpenCTI.</source>
        <translation>Dieses Profil sendet nicht an OpenCTI.</translation>
    </message>
    <message>
        <source>The OpenCTI token of this profile is not in the keychain. Use Profile ▸ Edit profile, OpenCTI page, to enter it again.</source>
        <translation>Das OpenCTI-Token dieses Profils ist nicht im Schlüsselbund. Geben Sie es über Profil ▸ Profil bearbeiten, Seite OpenCTI, erneut ein.</translation>
    </message>
</context>
</TS>
