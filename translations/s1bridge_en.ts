<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiTokenPage</name>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionEditor</name>
    <message numerus="yes">
        <source>%Ln entry(ies) added: Save stores them.</source>
        <translation>
            <numerusform>%Ln entry added: Save stores them.</numerusform>
            <numerusform>%Ln entries added: Save stores them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionListModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryImportDialog</name>
    <message numerus="yes">
        <source>%Ln entry(ies) will be added</source>
        <translation>
            <numerusform>%Ln entry will be added</numerusform>
            <numerusform>%Ln entries will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the collection</source>
        <translation>
            <numerusform>%Ln already in the collection</numerusform>
            <numerusform>%Ln already in the collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused</source>
        <translation>
            <numerusform>%Ln line refused</numerusform>
            <numerusform>%Ln lines refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln entry(ies)</source>
        <translation>
            <numerusform>&amp;Add %Ln entry</numerusform>
            <numerusform>&amp;Add %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedSourceEditor</name>
    <message numerus="yes">
        <source>Format: %1. %n value(s) read, </source>
        <translation>
            <numerusform>Format: %1. %n value read, </numerusform>
            <numerusform>Format: %1. %n values read, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused.</source>
        <translation>
            <numerusform>%n line refused.</numerusform>
            <numerusform>%n lines refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallCommand</name>
    <message numerus="yes">
        <source>%1: %L2 entries in %Ln rule(s)</source>
        <translation>
            <numerusform>%1: %L2 entries in %Ln rule</numerusform>
            <numerusform>%1: %L2 entries in %Ln rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln change(s)</source>
        <translation>
            <numerusform>%1: %Ln change</numerusform>
            <numerusform>%1: %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallPage</name>
    <message numerus="yes">
        <source>Delete the collection &quot;%1&quot; and its %Ln typed entry(ies)? Rules exported from it must be withdrawn first.</source>
        <translation>
            <numerusform>Delete the collection &quot;%1&quot; and its %Ln typed entry? Rules exported from it must be withdrawn first.</numerusform>
            <numerusform>Delete the collection &quot;%1&quot; and its %Ln typed entries? Rules exported from it must be withdrawn first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallStore</name>
    <message numerus="yes">
        <source>The collection &quot;%1&quot; still has %n rule(s) on consoles: withdraw them first.</source>
        <translation>
            <numerusform>The collection &quot;%1&quot; still has %n rule on consoles: withdraw them first.</numerusform>
            <numerusform>The collection &quot;%1&quot; still has %n rules on consoles: withdraw them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocFileParser</name>
    <message numerus="yes">
        <source>%n revoked indicator(s) skipped: %1.</source>
        <translation>
            <numerusform>%n revoked indicator skipped: %1.</numerusform>
            <numerusform>%n revoked indicators skipped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-indicator object(s) ignored (%1).</source>
        <translation>
            <numerusform>%n non-indicator object ignored (%1).</numerusform>
            <numerusform>%n non-indicator objects ignored (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated value(s) merged into their first occurrence.</source>
        <translation>
            <numerusform>%n repeated value merged into their first occurrence.</numerusform>
            <numerusform>%n repeated values merged into their first occurrence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changed line(s) not listed.</source>
        <translation>
            <numerusform>%n more changed line not listed.</numerusform>
            <numerusform>%n more changed lines not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocImportDialog</name>
    <message numerus="yes">
        <source>%1: %Ln IOC(s) to add (%2 format); </source>
        <translation>
            <numerusform>%1: %Ln IOC to add (%2 format); </numerusform>
            <numerusform>%1: %Ln IOCs to add (%2 format); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected.</source>
        <translation>
            <numerusform>%Ln line rejected.</numerusform>
            <numerusform>%Ln lines rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln IOC(s)…</source>
        <translation>
            <numerusform>Storing %Ln IOC…</numerusform>
            <numerusform>Storing %Ln IOCs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln IOC(s) into %1: </source>
        <translation>
            <numerusform>Imported %Ln IOC into %1: </numerusform>
            <numerusform>Imported %Ln IOCs into %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new, </source>
        <translation>
            <numerusform>%Ln new, </numerusform>
            <numerusform>%Ln new, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated, </source>
        <translation>
            <numerusform>%Ln updated, </numerusform>
            <numerusform>%Ln updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged.</source>
        <translation>
            <numerusform>%Ln unchanged.</numerusform>
            <numerusform>%Ln unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocSharingPage</name>
    <message numerus="yes">
        <source>%n IOC pull(s) queued to run now.</source>
        <translation>
            <numerusform>%n IOC pull queued to run now.</numerusform>
            <numerusform>%n IOC pulls queued to run now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sharing configuration(s) queued to run now.</source>
        <translation>
            <numerusform>%n sharing configuration queued to run now.</numerusform>
            <numerusform>%n sharing configurations queued to run now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocStore</name>
    <message numerus="yes">
        <source>Cannot remove the sharing configuration: it still has %n IOC(s) at the destination or awaiting its answer. Retract what it shared first (or let a run finish), then remove it.</source>
        <translation>
            <numerusform>Cannot remove the sharing configuration: it still has %n IOC at the destination or awaiting its answer. Retract what it shared first (or let a run finish), then remove it.</numerusform>
            <numerusform>Cannot remove the sharing configuration: it still has %n IOCs at the destination or awaiting its answer. Retract what it shared first (or let a run finish), then remove it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocsCommand</name>
    <message numerus="yes">
        <source>%n value(s) refused; nothing was stored (correct them, or give --skip-invalid to store the others)</source>
        <translation>
            <numerusform>%n value refused; nothing was stored (correct them, or give --skip-invalid to store the others)</numerusform>
            <numerusform>%n values refused; nothing was stored (correct them, or give --skip-invalid to store the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refused; nothing was stored (correct them, or give --skip-invalid to store the others)</source>
        <translation>
            <numerusform>%1: %n line refused; nothing was stored (correct them, or give --skip-invalid to store the others)</numerusform>
            <numerusform>%1: %n lines refused; nothing was stored (correct them, or give --skip-invalid to store the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not in the IOC store; nothing was changed</source>
        <translation>
            <numerusform>%n value not in the IOC store; nothing was changed</numerusform>
            <numerusform>%n values not in the IOC store; nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IOC(s) found, but none is shared or pending at a destination: nothing to retract (to keep an IOC from ever being shared, put it on a rule&apos;s exclusion list).</source>
        <translation>
            <numerusform>%n IOC found, but none is shared or pending at a destination: nothing to retract (to keep an IOC from ever being shared, put it on a rule&apos;s exclusion list).</numerusform>
            <numerusform>%n IOCs found, but none is shared or pending at a destination: nothing to retract (to keep an IOC from ever being shared, put it on a rule&apos;s exclusion list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IOC(s) marked for retraction (%1 share(s) in sharing configurations); the next share run deletes them at the destination and does not share them there again.</source>
        <translation>
            <numerusform>%n IOC marked for retraction (%1 share in sharing configurations); the next share run deletes them at the destination and does not share them there again.</numerusform>
            <numerusform>%n IOCs marked for retraction (%1 shares in sharing configurations); the next share run deletes them at the destination and does not share them there again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refused; the %2 valid value(s) are shared</source>
        <translation>
            <numerusform>%1: %n line refused; the %2 valid value are shared</numerusform>
            <numerusform>%1: %n lines refused; the %2 valid values are shared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocsTab</name>
    <message numerus="yes">
        <source>%1 IOC(s)</source>
        <translation>
            <numerusform>%1 IOC</numerusform>
            <numerusform>%1 IOCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retraction of %Ln IOC(s) asked from every destination</source>
        <translation>
            <numerusform>Retraction of %Ln IOC asked from every destination</numerusform>
            <numerusform>Retraction of %Ln IOCs asked from every destination</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retraction of %Ln IOC(s) asked from %1</source>
        <translation>
            <numerusform>Retraction of %Ln IOC asked from %1</numerusform>
            <numerusform>Retraction of %Ln IOCs asked from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln value(s).</source>
        <translation>
            <numerusform>Copied %Ln value.</numerusform>
            <numerusform>Copied %Ln values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpCollectionParser</name>
    <message numerus="yes">
        <source>The line has %n field(s); the entries are in column %1.</source>
        <translation>
            <numerusform>The line has %n field; the entries are in column %1.</numerusform>
            <numerusform>The line has %n fields; the entries are in column %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpEntry</name>
    <message numerus="yes">
        <source>%1 has %n number(s); an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>
            <numerusform>%1 has %n number; an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</numerusform>
            <numerusform>%1 has %n numbers; an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n group(s); an IPv6 address has eight groups of hexadecimal digits separated by colons, or fewer with &quot;::&quot; standing for a run of zero groups.</source>
        <translation>
            <numerusform>%1 has %n group; an IPv6 address has eight groups of hexadecimal digits separated by colons, or fewer with &quot;::&quot; standing for a run of zero groups.</numerusform>
            <numerusform>%1 has %n groups; an IPv6 address has eight groups of hexadecimal digits separated by colons, or fewer with &quot;::&quot; standing for a run of zero groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpSet</name>
    <message numerus="yes">
        <source>%n repeated entry(s) removed.</source>
        <translation>
            <numerusform>%n repeated entry removed.</numerusform>
            <numerusform>%n repeated entrys removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) merged into a wider entry that holds them.</source>
        <translation>
            <numerusform>%n entry merged into a wider entry that holds them.</numerusform>
            <numerusform>%n entrys merged into a wider entry that holds them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) overlap another entry; both are kept.</source>
        <translation>
            <numerusform>%n entry overlap another entry; both are kept.</numerusform>
            <numerusform>%n entrys overlap another entry; both are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregation into CIDR blocks saved %n entry(s).</source>
        <translation>
            <numerusform>Aggregation into CIDR blocks saved %n entry.</numerusform>
            <numerusform>Aggregation into CIDR blocks saved %n entrys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregation into CIDR blocks added %n entry(s) (ranges split into blocks).</source>
        <translation>
            <numerusform>Aggregation into CIDR blocks added %n entry (ranges split into blocks).</numerusform>
            <numerusform>Aggregation into CIDR blocks added %n entrys (ranges split into blocks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IsoDuration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln selected threat(s) not flagged for OpenCTI.</source>
        <translation>
            <numerusform>%Ln selected threat not flagged for OpenCTI.</numerusform>
            <numerusform>%Ln selected threats not flagged for OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln threat(s)</source>
        <translation>
            <numerusform>Import %Ln threat</numerusform>
            <numerusform>Import %Ln threats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualSourceEditor</name>
    <message numerus="yes">
        <source>%n valid value(s) to add.</source>
        <translation>
            <numerusform>%n valid value to add.</numerusform>
            <numerusform>%n valid values to add.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewJobModel</name>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (%n min ago)</numerusform>
            <numerusform>%1 (%n min ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n h ago)</source>
        <translation>
            <numerusform>%1 (%n h ago)</numerusform>
            <numerusform>%1 (%n h ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min (%1)</source>
        <translation>
            <numerusform>in %n min (%1)</numerusform>
            <numerusform>in %n min (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h (%1)</source>
        <translation>
            <numerusform>in %n h (%1)</numerusform>
            <numerusform>in %n h (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times in a row)</source>
        <translation>
            <numerusform>%1 (%n times in a row)</numerusform>
            <numerusform>%1 (%n times in a row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n job(s) queued to run now.</source>
        <translation>
            <numerusform>%n job queued to run now.</numerusform>
            <numerusform>%n jobs queued to run now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSnapshot</name>
    <message numerus="yes">
        <source>%n threat(s) flagged but failed in OpenCTI</source>
        <translation>
            <numerusform>%n threat flagged but failed in OpenCTI</numerusform>
            <numerusform>%n threats flagged but failed in OpenCTI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>Plan: %L1 entries in %Ln rule(s). Nothing was changed.</source>
        <translation>
            <numerusform>Plan: %L1 entries in %Ln rule. Nothing was changed.</numerusform>
            <numerusform>Plan: %L1 entries in %Ln rules. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln request(s)</source>
        <translation>
            <numerusform>%1; %Ln request</numerusform>
            <numerusform>%1; %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protected, </source>
        <translation>
            <numerusform>%Ln protected, </numerusform>
            <numerusform>%Ln protected, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message numerus="yes">
        <source>the rule &quot;%1&quot; was not added: %n problem(s)</source>
        <translation>
            <numerusform>the rule &quot;%1&quot; was not added: %n problem</numerusform>
            <numerusform>the rule &quot;%1&quot; was not added: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingCommand</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1: %n problem; nothing was imported</numerusform>
            <numerusform>%1: %n problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the sharing configuration was not saved</source>
        <translation>
            <numerusform>%n problem; the sharing configuration was not saved</numerusform>
            <numerusform>%n problems; the sharing configuration was not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message numerus="yes">
        <source>Added %n value(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Added %n value to &quot;%1&quot;.</numerusform>
            <numerusform>Added %n values to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxiiSourceEditor</name>
    <message numerus="yes">
        <source>%n readable collection(s) found.</source>
        <translation>
            <numerusform>%n readable collection found.</numerusform>
            <numerusform>%n readable collections found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatBrowserPage</name>
    <message numerus="yes">
        <source>Add the note &quot;%1&quot; to %Ln threat(s)? OpenCTI imports flagged threats.</source>
        <translation>
            <numerusform>Add the note &quot;%1&quot; to %Ln threat? OpenCTI imports flagged threats.</numerusform>
            <numerusform>Add the note &quot;%1&quot; to %Ln threats? OpenCTI imports flagged threats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the flag &quot;%1&quot; from %Ln threat(s)? Other notes stay.</source>
        <translation>
            <numerusform>Remove the flag &quot;%1&quot; from %Ln threat? Other notes stay.</numerusform>
            <numerusform>Remove the flag &quot;%1&quot; from %Ln threats? Other notes stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) could not be changed; the details list each one.</source>
        <translation>
            <numerusform>%Ln threat could not be changed; the details list each one.</numerusform>
            <numerusform>%Ln threats could not be changed; the details list each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln threat(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln threat to %1.</numerusform>
            <numerusform>Exported %Ln threats to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flag %Ln threat(s) for OpenCTI</source>
        <translation>
            <numerusform>&amp;Flag %Ln threat for OpenCTI</numerusform>
            <numerusform>&amp;Flag %Ln threats for OpenCTI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::FeedPullJob</name>
    <message numerus="yes">
        <source>Reading %1 bytes</source>
        <translation>
            <numerusform>Reading %1 bytes</numerusform>
            <numerusform>Reading %1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %1 of %Ln IOC(s)</source>
        <translation>
            <numerusform>Stored %1 of %Ln IOC</numerusform>
            <numerusform>Stored %1 of %Ln IOCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %Ln IOC(s) from %1</source>
        <translation>
            <numerusform>Pulled %Ln IOC from %1</numerusform>
            <numerusform>Pulled %Ln IOCs from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %1 new, %2 updated, %3 unchanged; %Ln line(s) refused; %4 no longer listed.</source>
        <translation>
            <numerusform>: %1 new, %2 updated, %3 unchanged; %Ln line refused; %4 no longer listed.</numerusform>
            <numerusform>: %1 new, %2 updated, %3 unchanged; %Ln lines refused; %4 no longer listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::IocCsvExportJob</name>
    <message numerus="yes">
        <source>%1 of %Ln IOC(s) written</source>
        <translation>
            <numerusform>%1 of %Ln IOC written</numerusform>
            <numerusform>%1 of %Ln IOCs written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln IOC(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln IOC to %1.</numerusform>
            <numerusform>Exported %Ln IOCs to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::OpenCtiIndicatorPullJob</name>
    <message numerus="yes">
        <source>Read %Ln indicator(s) from OpenCTI</source>
        <translation>
            <numerusform>Read %Ln indicator from OpenCTI</numerusform>
            <numerusform>Read %Ln indicators from OpenCTI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::S1ThreatPullJob</name>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln threat</numerusform>
            <numerusform>%Ln threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %Ln IOC(s) from %1.</source>
        <translation>
            <numerusform>Pulled %Ln IOC from %1.</numerusform>
            <numerusform>Pulled %Ln IOCs from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiPullJob</name>
    <message numerus="yes">
        <source>The TAXII server of the source %1 has %Ln API roots and names no default: choose one in the source&apos;s settings (apiRoot).</source>
        <translation>
            <numerusform>The TAXII server of the source %1 has %Ln API roots and names no default: choose one in the source&apos;s settings (apiRoot).</numerusform>
            <numerusform>The TAXII server of the source %1 has %Ln API roots and names no default: choose one in the source&apos;s settings (apiRoot).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln indicator(s) from the TAXII collection</source>
        <translation>
            <numerusform>Read %Ln indicator from the TAXII collection</numerusform>
            <numerusform>Read %Ln indicators from the TAXII collection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firewall::FirewallExportJob</name>
    <message numerus="yes">
        <source>Plan for &quot;%1&quot;: %L2 entries in %n rule(s); %L3 change(s) in %L4 target(s), %L5 conflict(s). Nothing was changed.</source>
        <translation>
            <numerusform>Plan for &quot;%1&quot;: %L2 entries in %n rule; %L3 change in %L4 target, %L5 conflict. Nothing was changed.</numerusform>
            <numerusform>Plan for &quot;%1&quot;: %L2 entries in %n rules; %L3 changes in %L4 targets, %L5 conflicts. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrew &quot;%1&quot;: %Ln rule(s) deleted (%2 request(s)).</source>
        <translation>
            <numerusform>Withdrew &quot;%1&quot;: %Ln rule deleted (%2 request).</numerusform>
            <numerusform>Withdrew &quot;%1&quot;: %Ln rules deleted (%2 requests).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported &quot;%1&quot; (%L2 entries in %n rule(s)) to %L3 target(s): %L4 created, %L5 updated, %L6 renamed, %L7 deleted, %L8 unchanged, %L9 conflict(s); %L10 request(s).</source>
        <translation>
            <numerusform>Exported &quot;%1&quot; (%L2 entries in %n rule) to %L3 target: %L4 created, %L5 updated, %L6 renamed, %L7 deleted, %L8 unchanged, %L9 conflict; %L10 request.</numerusform>
            <numerusform>Exported &quot;%1&quot; (%L2 entries in %n rules) to %L3 targets: %L4 created, %L5 updated, %L6 renamed, %L7 deleted, %L8 unchanged, %L9 conflicts; %L10 requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opencti::OpenCtiImportJob</name>
    <message numerus="yes">
        <source>Checking %Ln import(s) left unconfirmed by an earlier run</source>
        <translation>
            <numerusform>Checking %Ln import left unconfirmed by an earlier run</numerusform>
            <numerusform>Checking %Ln imports left unconfirmed by an earlier run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for OpenCTI to process %Ln bundle(s)</source>
        <translation>
            <numerusform>Waiting for OpenCTI to process %Ln bundle</numerusform>
            <numerusform>Waiting for OpenCTI to process %Ln bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) sent by S1 Bridge</source>
        <translation>
            <numerusform>%Ln threat sent by S1 Bridge</numerusform>
            <numerusform>%Ln threats sent by S1 Bridge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln threat(s) to OpenCTI; it is still processing them. The next run confirms them.</source>
        <translation>
            <numerusform>Sent %Ln threat to OpenCTI; it is still processing them. The next run confirms them.</numerusform>
            <numerusform>Sent %Ln threats to OpenCTI; it is still processing them. The next run confirms them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln threat(s) into OpenCTI.</source>
        <translation>
            <numerusform>Imported %Ln threat into OpenCTI.</numerusform>
            <numerusform>Imported %Ln threats into OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged since the last import.</source>
        <translation>
            <numerusform>%Ln unchanged since the last import.</numerusform>
            <numerusform>%Ln unchanged since the last import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without the flag.</source>
        <translation>
            <numerusform>%Ln without the flag.</numerusform>
            <numerusform>%Ln without the flag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln failed.</numerusform>
            <numerusform>%Ln failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent earlier and still being processed by OpenCTI.</source>
        <translation>
            <numerusform>%Ln sent earlier and still being processed by OpenCTI.</numerusform>
            <numerusform>%Ln sent earlier and still being processed by OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln selected threat(s) into OpenCTI</source>
        <translation>
            <numerusform>Import %Ln selected threat into OpenCTI</numerusform>
            <numerusform>Import %Ln selected threats into OpenCTI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ConsoleScopesJob</name>
    <message numerus="yes">
        <source>%n account(s), </source>
        <translation>
            <numerusform>%n account, </numerusform>
            <numerusform>%n accounts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), </source>
        <translation>
            <numerusform>%n site, </numerusform>
            <numerusform>%n sites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::FirewallRuleListJob</name>
    <message numerus="yes">
        <source>%Ln firewall rule(s)</source>
        <translation>
            <numerusform>%Ln firewall rule</numerusform>
            <numerusform>%Ln firewall rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::IocListJob</name>
    <message numerus="yes">
        <source>%Ln IOC(s)</source>
        <translation>
            <numerusform>%Ln IOC</numerusform>
            <numerusform>%Ln IOCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::PageWalk</name>
    <message numerus="yes">
        <source>%1 repeated a page cursor after %n request(s): it would have sent the same pages forever, so the list was stopped; %2</source>
        <translation>
            <numerusform>%1 repeated a page cursor after %n request: it would have sent the same pages forever, so the list was stopped; %2</numerusform>
            <numerusform>%1 repeated a page cursor after %n requests: it would have sent the same pages forever, so the list was stopped; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept sending pages past the %2 items it announced (%3 items in %n request(s)), so the list was stopped; %4</source>
        <translation>
            <numerusform>%1 kept sending pages past the %2 items it announced (%3 items in %n request), so the list was stopped; %4</numerusform>
            <numerusform>%1 kept sending pages past the %2 items it announced (%3 items in %n requests), so the list was stopped; %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::PagedListJob</name>
    <message numerus="yes">
        <source>Listed %1 in %n request(s).</source>
        <translation>
            <numerusform>Listed %1 in %n request.</numerusform>
            <numerusform>Listed %1 in %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatCsvExportJob</name>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln threat</numerusform>
            <numerusform>%Ln threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln threat(s)</source>
        <translation>
            <numerusform>Fetched %1 of %Ln threat</numerusform>
            <numerusform>Fetched %1 of %Ln threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %Ln threat(s)</source>
        <translation>
            <numerusform>Fetched %Ln threat</numerusform>
            <numerusform>Fetched %Ln threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln row(s) written</source>
        <translation>
            <numerusform>%1; %Ln row written</numerusform>
            <numerusform>%1; %Ln rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln threat(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln threat to %1.</numerusform>
            <numerusform>Exported %Ln threats to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatFlagJob</name>
    <message numerus="yes">
        <source>Flag %n threat(s) for OpenCTI</source>
        <translation>
            <numerusform>Flag %n threat for OpenCTI</numerusform>
            <numerusform>Flag %n threats for OpenCTI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the OpenCTI flag from %n threat(s)</source>
        <translation>
            <numerusform>Remove the OpenCTI flag from %n threat</numerusform>
            <numerusform>Remove the OpenCTI flag from %n threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flagged %Ln threat(s) for OpenCTI.</source>
        <translation>
            <numerusform>Flagged %Ln threat for OpenCTI.</numerusform>
            <numerusform>Flagged %Ln threats for OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %Ln threat(s).</source>
        <translation>
            <numerusform>Removed the flag from %Ln threat.</numerusform>
            <numerusform>Removed the flag from %Ln threats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) had no flag.</source>
        <translation>
            <numerusform>%Ln threat had no flag.</numerusform>
            <numerusform>%Ln threats had no flag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) failed.</source>
        <translation>
            <numerusform>%Ln threat failed.</numerusform>
            <numerusform>%Ln threats failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already flagged: %Ln threat(s).</source>
        <translation>
            <numerusform>Already flagged: %Ln threat.</numerusform>
            <numerusform>Already flagged: %Ln threats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatListJob</name>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln threat</numerusform>
            <numerusform>%Ln threats</numerusform>
        </translation>
    </message>
</context>
</TS>
