<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountSitePage</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>ID du compte : %1</translation>
    </message>
    <message>
        <source>Check at least one site, or choose all sites.</source>
        <translation>Cochez au moins un site, ou choisissez tous les sites.</translation>
    </message>
    <message>
        <source>Account ID: %1 (the only account this token sees)</source>
        <translation>ID du compte : %1 (le seul compte que ce jeton voit)</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Rechercher des sites</translation>
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
        <translation>Les comptes de la console.</translation>
    </message>
    <message>
        <source>List the accounts the token can see.</source>
        <translation>Lister les comptes que le jeton peut voir.</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID DU COMPTE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SITES</source>
        <translation>SITES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3.</source>
        <translation>%1 a envoyé pour %2 une réponse dépassant la taille maximale de %3.</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>La requête vers %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>The answer was lost after the request was sent, so it may have been carried out.</source>
        <translation>La réponse a été perdue après l&apos;envoi de la requête ; celle-ci a donc peut-être été exécutée.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Détails : %1)</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>la réponse n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>the answer is a JSON list, where the API gives an object</source>
        <translation>la réponse est une liste JSON, alors que l&apos;API renvoie un objet</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate expired on %2, so nothing was sent. The server&apos;s administrator must renew the certificate (check also that this computer&apos;s date is right).</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat a expiré le %2, rien n&apos;a donc été envoyé. L&apos;administrateur du serveur doit renouveler le certificat (vérifiez aussi que la date de cet ordinateur est juste).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is valid only from %2, so nothing was sent. Check that this computer&apos;s date and time are right.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n&apos;est valable qu&apos;à partir du %2, rien n&apos;a donc été envoyé. Vérifiez que la date et l&apos;heure de cet ordinateur sont justes.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is for %2, not for %1, so nothing was sent. Use the address the certificate names in the profile, or have the server&apos;s administrator issue a certificate for %1.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat est établi pour %2, pas pour %1, rien n&apos;a donc été envoyé. Utilisez dans le profil l&apos;adresse que nomme le certificat, ou demandez à l&apos;administrateur du serveur un certificat pour %1.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>un autre nom</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate (SHA-256 fingerprint %2) is not the one pinned in the profile, so nothing was sent. If the server&apos;s certificate was replaced on purpose, confirm the new fingerprint with its administrator and pin it instead; otherwise someone may be intercepting the connection.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat (empreinte SHA-256 %2) n&apos;est pas celui épinglé dans le profil, rien n&apos;a donc été envoyé. Si le certificat du serveur a été remplacé volontairement, confirmez la nouvelle empreinte avec son administrateur et épinglez-la à la place ; sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
</context>
<context>
    <name>ApiTokenPage</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>S1 Bridge uses an API token of a user of %1. It is kept in your system keychain, never in a file.</source>
        <translation>S1 Bridge utilise un jeton d&apos;API d&apos;un utilisateur de %1. Il est conservé dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The token is valid and sees %1 (it may not list accounts: a site-scoped user).</source>
        <translation>Le jeton est valide et voit %1 (il ne peut peut-être pas lister les comptes : utilisateur limité à un site).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is valid and sees %1 and %2.</source>
        <translation>Le jeton est valide et voit %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is valid but sees no site. Give its user a role on a site or account.</source>
        <translation>Le jeton est valide mais ne voit aucun site. Attribuez à son utilisateur un rôle sur un site ou un compte.</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The import database could not be opened: %1</source>
        <translation>La base de données d&apos;import n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>No keychain is available, so tokens are kept for this session only and asked for again at the next start. %1</source>
        <translation>Aucun trousseau n&apos;est disponible : les jetons sont conservés pour cette session uniquement et redemandés au prochain démarrage. %1</translation>
    </message>
    <message>
        <source>The demo tenant could not start: no free port on 127.0.0.1.</source>
        <translation>Le locataire de démonstration n&apos;a pas pu démarrer : aucun port libre sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>API token for %1</source>
        <translation>Jeton d&apos;API pour %1</translation>
    </message>
    <message>
        <source>The API token of %1 is not in the keychain.
Paste it to connect (the console shows a token only once: regenerate it in your user menu, Actions, API Token Operations).</source>
        <translation>Le jeton d&apos;API de %1 n&apos;est pas dans le trousseau.
Collez-le pour vous connecter (la console n&apos;affiche un jeton qu&apos;une seule fois : régénérez-le dans votre menu utilisateur, Actions, API Token Operations).</translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation>Paramètres de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and remove its tokens from the keychain?
Nothing changes on the console.</source>
        <translation>Supprimer le profil « %1 » et retirer ses jetons du trousseau ?
Rien ne change sur la console.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Verify with the system&apos;s certificate authorities</source>
        <translation>Vérifier avec les autorités de certification du système</translation>
    </message>
    <message>
        <source>Trust one pinned certificate (private CA, self-signed)</source>
        <translation>Faire confiance à un certificat épinglé (AC privée, auto-signé)</translation>
    </message>
    <message>
        <source>Flag string: enter the note text that flags a threat, e.g. [OpenCTI_add].</source>
        <translation>Texte de marquage : saisissez le texte de note qui marque une menace, par ex. [OpenCTI_add].</translation>
    </message>
    <message>
        <source>Sync period: %1</source>
        <translation>Période de synchronisation : %1</translation>
    </message>
    <message>
        <source>Pinned certificate: paste the SHA-256 fingerprint, 64 hexadecimal digits (colons are fine).</source>
        <translation>Certificat épinglé : collez l&apos;empreinte SHA-256, 64 chiffres hexadécimaux (les deux-points sont acceptés).</translation>
    </message>
    <message>
        <source>Enter the note text that flags a threat, e.g. [OpenCTI_add].</source>
        <translation>Saisissez le texte de note qui marque une menace, par ex. [OpenCTI_add].</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>Import threats created after</source>
        <translation>Importer les menaces créées après</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256)</source>
        <translation>Certificat épinglé (SHA-256)</translation>
    </message>
    <message>
        <source>Flag string: holds %1; type it again as plain text on one line.</source>
        <translation>Texte de marque : contient %1 ; saisissez-le à nouveau en texte brut sur une seule ligne.</translation>
    </message>
    <message>
        <source>The flag string holds %1; type it again as plain text on one line.</source>
        <translation>Le texte de marque contient %1 ; saisissez-le à nouveau en texte brut sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>BusinessRule</name>
    <message>
        <source>%1: not a field of a business rule (the fields are %2)</source>
        <translation>%1 : pas un champ de règle métier (les champs sont %2)</translation>
    </message>
    <message>
        <source>name: expected the rule&apos;s name as text</source>
        <translation>name : nom de la règle attendu sous forme de texte</translation>
    </message>
    <message>
        <source>%1: expected a list of texts</source>
        <translation>%1 : liste de textes attendue</translation>
    </message>
    <message>
        <source>%1[%2]: expected a text</source>
        <translation>%1[%2] : texte attendu</translation>
    </message>
    <message>
        <source>types: &quot;%1&quot; is not an IOC type (expected %2)</source>
        <translation>types : &quot;%1&quot; n&apos;est pas un type d&apos;IOC (attendu : %2)</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1 : nombre entier attendu</translation>
    </message>
    <message>
        <source>name: a business rule needs a name</source>
        <translation>name : une règle métier a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>minSeverity: expected a severity from 0 to 7, not %1</source>
        <translation>minSeverity : gravité de 0 à 7 attendue, pas %1</translation>
    </message>
    <message>
        <source>minScore: expected a score from 0 to 100, not %1</source>
        <translation>minScore : score de 0 à 100 attendu, pas %1</translation>
    </message>
    <message>
        <source>seenWithinDays: expected a number of days from 1 to 36500 (0: any time), not %1</source>
        <translation>seenWithinDays : nombre de jours de 1 à 36500 attendu (0 : n&apos;importe quand), pas %1</translation>
    </message>
    <message>
        <source>sources[%1]: expected a source ID, not an empty text</source>
        <translation>sources[%1] : ID de source attendu, pas un texte vide</translation>
    </message>
    <message>
        <source>labels[%1]: expected a label, not an empty text</source>
        <translation>labels[%1] : libellé attendu, pas un texte vide</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>IPv4/IPv6 IOCs of every source</source>
        <translation>IOC IPv4/IPv6 de toutes les sources</translation>
    </message>
    <message>
        <source>IPv4/IPv6 IOCs of %1</source>
        <translation>IOC IPv4/IPv6 de %1</translation>
    </message>
    <message>
        <source>%1 through rule &quot;%2&quot;</source>
        <translation>%1 via la règle « %2 »</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not a kind of source (file, url, iocs).</source>
        <translation>Source : &quot;%1&quot; n&apos;est pas un type de source (file, url, iocs).</translation>
    </message>
    <message>
        <source>Target: &quot;%1&quot; is not a scope (site:ID, account:ID or group:ID).</source>
        <translation>Cible : &quot;%1&quot; n&apos;est pas une portée (site:ID, account:ID ou group:ID).</translation>
    </message>
    <message>
        <source>Name: a collection needs a name.</source>
        <translation>Nom : une collection a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Name: at most %1 characters, so that the rules&apos; names fit the console&apos;s limit.</source>
        <translation>Nom : %1 caractères au maximum, pour que les noms des règles respectent la limite de la console.</translation>
    </message>
    <message>
        <source>Entries per rule: between 1 and %L1, not %L2.</source>
        <translation>Entrées par règle : entre 1 et %L1, pas %L2.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Source: a file source needs the file&apos;s path.</source>
        <translation>Source : une source fichier a besoin du chemin du fichier.</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Source : &quot;%1&quot; n&apos;est pas une URL http(s).</translation>
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
        <translation>Windows (ancien)</translation>
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
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <source>A name for the collection, e.g. Blocked scanners</source>
        <translation>Un nom pour la collection, par ex. Scanners bloqués</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>En&amp;trées</translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>R&amp;ule</source>
        <translation>Règ&amp;le</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>&amp;Cibles</translation>
    </message>
    <message>
        <source>Pr&amp;otected</source>
        <translation>&amp;Protégés</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Typed entries and their problems</source>
        <translation>Entrées saisies et leurs problèmes</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>10.0.0.1, 198.51.100.0/24, 203.0.113.5-203.0.113.9, 2001:db8::/32</source>
        <translation>10.0.0.1, 198.51.100.0/24, 203.0.113.5-203.0.113.9, 2001:db8::/32</translation>
    </message>
    <message>
        <source>Add entr&amp;y</source>
        <translation>&amp;Ajouter l&apos;entrée</translation>
    </message>
    <message>
        <source>Paste or &amp;import…</source>
        <translation>Coller ou &amp;importer…</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>S&amp;upprimer la sélection</translation>
    </message>
    <message>
        <source>Sources read at each export</source>
        <translation>Sources lues à chaque export</translation>
    </message>
    <message>
        <source>File path or URL</source>
        <translation>Chemin de fichier ou URL</translation>
    </message>
    <message>
        <source>/path/to/list.txt or https://example.org/blocklist.txt</source>
        <translation>/path/to/list.txt ou https://example.org/blocklist.txt</translation>
    </message>
    <message>
        <source>Add &amp;file or URL</source>
        <translation>Ajouter un &amp;fichier ou une URL</translation>
    </message>
    <message>
        <source>IOC sources to read (none checked: every source)</source>
        <translation>Sources d&apos;IOC à lire (aucune cochée : toutes les sources)</translation>
    </message>
    <message>
        <source>Business rule the IOCs pass</source>
        <translation>Règle métier que les IOC doivent satisfaire</translation>
    </message>
    <message>
        <source>Add &amp;IOC source</source>
        <translation>Ajouter une s&amp;ource IOC</translation>
    </message>
    <message>
        <source>Besides the typed entries, the collection reads these at each export:</source>
        <translation>En plus des entrées saisies, la collection lit ceci à chaque export :</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 IOCs of these sources (none checked: every source), through this business rule:</source>
        <translation>IOC IPv4 et IPv6 de ces sources (aucune cochée : toutes les sources), via cette règle métier :</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>The collection&apos;s name</source>
        <translation>Le nom de la collection</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>Description de la règle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>OS type %1</source>
        <translation>Type d&apos;OS %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Entries per rule at most</source>
        <translation>Entrées par règle au maximum</translation>
    </message>
    <message>
        <source>Aggregate into CIDR &amp;blocks</source>
        <translation>Agréger en &amp;blocs CIDR</translation>
    </message>
    <message>
        <source>Adjacent addresses and blocks become fewer, larger blocks (on by default for Block rules).</source>
        <translation>Les adresses et blocs adjacents deviennent des blocs moins nombreux et plus grands (activé par défaut pour les règles Block).</translation>
    </message>
    <message>
        <source>Private ranges ma&amp;y be blocked</source>
        <translation>Les plages privées peu&amp;vent être bloquées</translation>
    </message>
    <message>
        <source>&amp;Include in the scheduled runs</source>
        <translation>Inclure &amp;dans les exécutions planifiées</translation>
    </message>
    <message>
        <source>Rule name:</source>
        <translation>Nom de la règle :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction :</translation>
    </message>
    <message>
        <source>OS types (none: all):</source>
        <translation>Types d&apos;OS (aucun : tous) :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Entries per rule:</source>
        <translation>Entrées par règle :</translation>
    </message>
    <message>
        <source>Never blocked, whatever the collection holds: loopback (127.0.0.0/8, ::1), link-local (169.254.0.0/16, fe80::/10), multicast (224.0.0.0/4, ff00::/8), this network (0.0.0.0/8, ::), the limited broadcast 255.255.255.255, the addresses of the SentinelOne console and of OpenCTI, and unless the Rule tab allows it the private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7). An entry overlapping one of them is left out whole; the plan names it.</source>
        <translation>Jamais bloqués, quel que soit le contenu de la collection : loopback (127.0.0.0/8, ::1), lien local (169.254.0.0/16, fe80::/10), multicast (224.0.0.0/4, ff00::/8), ce réseau (0.0.0.0/8, ::), la diffusion limitée 255.255.255.255, les adresses de la console SentinelOne et d&apos;OpenCTI et, sauf si l&apos;onglet « Règle » l&apos;autorise, les plages privées (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7). Une entrée qui chevauche l&apos;une d&apos;elles est entièrement écartée ; le plan la mentionne.</translation>
    </message>
    <message>
        <source>Your own networks, never blocked</source>
        <translation>Vos propres réseaux, jamais bloqués</translation>
    </message>
    <message>
        <source>Network to protect</source>
        <translation>Réseau à protéger</translation>
    </message>
    <message>
        <source>203.0.113.0/24 # office</source>
        <translation>203.0.113.0/24 # bureau</translation>
    </message>
    <message>
        <source>Your own networks (never blocked either):</source>
        <translation>Vos propres réseaux (jamais bloqués non plus) :</translation>
    </message>
    <message>
        <source>(no rule: every IPv4 and IPv6 IOC)</source>
        <translation>(aucune règle : tous les IOC IPv4 et IPv6)</translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation>Protégés : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The collection was not saved: correct the problems named below.</source>
        <translation>La collection n&apos;a pas été enregistrée. Corrigez les problèmes indiqués ci-dessous.</translation>
    </message>
    <message>
        <source>Saved the collection &quot;%1&quot;.</source>
        <translation>Collection « %1 » enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) added: Save stores them.</source>
        <translation>
            <numerusform>%Ln entrée ajoutée : « Enregistrer » la conserve.</numerusform>
            <numerusform>%Ln entrées ajoutées : « Enregistrer » les conserve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionListModel</name>
    <message>
        <source>never exported</source>
        <translation>jamais exportée</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>last export failed</source>
        <translation>échec du dernier export</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucune cible</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>More log output on stderr: -v what the jobs do, -vv (or -v -v) every request.</source>
        <translation>Plus de journalisation sur stderr : -v ce que font les tâches, -vv (ou -v -v) chaque requête.</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>Afficher du JSON sur stdout.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME (its tokens from the keychain).</source>
        <translation>Utiliser le profil enregistré NAME (ses jetons depuis le trousseau).</translation>
    </message>
    <message>
        <source>Read the API token from FILE (&apos;-&apos; for stdin; at most 64 KiB).</source>
        <translation>Lire le jeton d&apos;API depuis FILE (&apos;-&apos; pour stdin ; 64 Kio au maximum).</translation>
    </message>
    <message>
        <source>Console URL (instead of S1_URL).</source>
        <translation>URL de la console (au lieu de S1_URL).</translation>
    </message>
    <message>
        <source>Account ID (instead of S1_ACCOUNT_ID).</source>
        <translation>ID du compte (au lieu de S1_ACCOUNT_ID).</translation>
    </message>
    <message>
        <source>Attempts per request (instead of MAX_API_ATTEMPTS).</source>
        <translation>Tentatives par requête (au lieu de MAX_API_ATTEMPTS).</translation>
    </message>
    <message>
        <source>Flag note text (instead of SIGN).</source>
        <translation>Texte de la note de marquage (au lieu de SIGN).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer, per request (default 60).</source>
        <translation>Secondes d&apos;attente d&apos;une réponse, par requête (60 par défaut).</translation>
    </message>
    <message>
        <source>Unknown option %1 (before the command only the global options may be given; a command&apos;s own options go after it).</source>
        <translation>Option inconnue %1 (avant la commande, seules les options globales sont admises ; les options propres à une commande se placent après elle).</translation>
    </message>
    <message>
        <source>Unknown option %1 for &apos;%2&apos;.</source>
        <translation>Option inconnue %1 pour &apos;%2&apos;.</translation>
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
        <translation>Configuration : --profile NAME utilise un profil enregistré (ses jetons depuis le trousseau ; si le
trousseau n&apos;en a pas, depuis S1_API_KEY). Sans --profile, l&apos;environnement, tel que le connecteur
OpenCTI public l&apos;utilise :
  S1_URL            URL de la console, par ex. https://yourcompany.sentinelone.net
  S1_API_KEY        jeton d&apos;API (jamais sur la ligne de commande ; ou --api-key-file FILE, 64 Kio au maximum)
  S1_ACCOUNT_ID     compte de travail (facultatif)
  MAX_API_ATTEMPTS  tentatives par requête, 5 par défaut
  SIGN              texte de la note de marquage, [OpenCTI_add] par défaut
  OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID, CONNECTOR_NAME, CONNECTOR_DURATION_PERIOD
                    le côté OpenCTI, pour les commandes opencti (un profil les contient déjà)
Toutes les générations de noms de variables du connecteur fonctionnent, comme &apos;profiles import&apos; les lit :
SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY, _ACCOUNT_ID, _MAX_API_ATTEMPTS, _SIGN,
_IMPORT_START_DATE, et les anciens SENTINELONE_URL ... ; si deux noms d&apos;un même paramètre sont définis,
le plus récent l&apos;emporte (avec un avertissement). Une variable vide compte comme non définie.
Les options (--url, --account, --max-attempts, --sign, --api-key-file) priment sur les deux.

Verbosité : -v montre ce que font les tâches, -vv (ou -v -v) chaque requête ; jamais un jeton. run accepte
aussi les niveaux du connecteur, -v 1|2|3 ou --verbosity 1|2|3 (1 avertissements, 2 comme -v, 3 comme -vv) :
un niveau donné ainsi l&apos;emporte sur les options -v ; parmi plusieurs niveaux, le dernier donné compte.

Codes de sortie :
    0  succès
    2  erreur d&apos;utilisation ou de configuration (aussi : profil inconnu ou en double)
    3  la console a refusé le jeton, ou le jeton n&apos;a pas les droits nécessaires
    4  échec de l&apos;API ou du réseau après toutes les tentatives (aussi : certains éléments ont échoué)
    5  échec local : la base de données, le fichier de paramètres, le trousseau ou un fichier journal ne peut
       être lu ou écrit (le message le nomme)
  130  interrompu par SIGINT ou SIGTERM avant la fin de la commande
</translation>
    </message>
    <message>
        <source>Usage: s1bridge-cli [global options] COMMAND [SUBCOMMAND] [arguments] [options]

Runs S1 Bridge&apos;s SentinelOne jobs without a window, e.g. from cron.

Commands:
</source>
        <translation>Utilisation : s1bridge-cli [options globales] COMMAND [SUBCOMMAND] [arguments] [options]

Exécute les tâches SentinelOne de S1 Bridge sans fenêtre, par ex. depuis cron.

Commandes :
</translation>
    </message>
    <message>
        <source>
Each command has its own options: &apos;s1bridge-cli COMMAND [SUBCOMMAND] --help&apos; lists them,
e.g. &apos;s1bridge-cli threats list --help&apos;. An option a command does not take is an error (exit 2).

</source>
        <translation>
Chaque commande a ses propres options : &apos;s1bridge-cli COMMAND [SUBCOMMAND] --help&apos; les liste,
par ex. &apos;s1bridge-cli threats list --help&apos;. Une option qu&apos;une commande n&apos;accepte pas est une erreur (sortie 2).

</translation>
    </message>
    <message>
        <source>
Global options (before or after the command, where it takes them):
</source>
        <translation>
Options globales (avant ou après la commande, si elle les accepte) :
</translation>
    </message>
    <message>
        <source>Usage: s1bridge-cli %1 [options]</source>
        <translation>Utilisation : s1bridge-cli %1 [options]</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 2 usage or configuration, 3 token refused, 4 API failure, 5 local failure,
130 interrupted (&apos;s1bridge-cli --help&apos; explains them).
</source>
        <translation>
Codes de sortie : 0 succès, 2 utilisation ou configuration, 3 jeton refusé, 4 échec de l&apos;API, 5 échec local,
130 interrompu (&apos;s1bridge-cli --help&apos; les explique).
</translation>
    </message>
    <message>
        <source>Usage: s1bridge-cli %1 SUBCOMMAND [arguments] [options]

%2

Subcommands:
</source>
        <translation>Utilisation : s1bridge-cli %1 SUBCOMMAND [arguments] [options]

%2

Sous-commandes :
</translation>
    </message>
    <message>
        <source>
&apos;s1bridge-cli %1 SUBCOMMAND --help&apos; lists the options of a subcommand.
</source>
        <translation>
&apos;s1bridge-cli %1 SUBCOMMAND --help&apos; liste les options d&apos;une sous-commande.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>&apos;%1&apos; nécessite une sous-commande : %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; &apos;%1&apos; has: %3</source>
        <translation>commande inconnue &apos;%1 %2&apos; ; &apos;%1&apos; a : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, not &quot;%2&quot;</source>
        <translation>&apos;%1&apos; n&apos;accepte pas d&apos;arguments, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2</source>
        <translation>&apos;%1&apos; attend %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2, not &quot;%3&quot;</source>
        <translation>&apos;%1&apos; attend %2, pas &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>commande inconnue &quot;%1&quot; ; les commandes sont : %2</translation>
    </message>
    <message>
        <source>Seconds one answer may take in all, however slowly it comes, per attempt (default 300).</source>
        <translation>Secondes que peut prendre une réponse au total, quelle que soit sa lenteur, par tentative (300 par défaut).</translation>
    </message>
</context>
<context>
    <name>ConnectorConfigImport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>%1: expected KEY=VALUE (or a # comment).</source>
        <translation>%1 : KEY=VALUE attendu (ou un commentaire #).</translation>
    </message>
    <message>
        <source>%1: the quoted value of %2 has no closing %3.</source>
        <translation>%1 : il manque le %3 fermant à la valeur entre guillemets de %2.</translation>
    </message>
    <message>
        <source>%1: unexpected text after the quoted value of %2.</source>
        <translation>%1 : texte inattendu après la valeur entre guillemets de %2.</translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2</source>
        <translation>%1 : YAML non valide : %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: expected a YAML mapping (key: value) at the top.</source>
        <translation>%1 : un mappage YAML (key: value) est attendu au premier niveau.</translation>
    </message>
    <message>
        <source>%1: an environment entry must be KEY=VALUE.</source>
        <translation>%1 : une entrée environment doit être KEY=VALUE.</translation>
    </message>
    <message>
        <source>%1: the value of %2 must be a single value.</source>
        <translation>%1 : la valeur de %2 doit être une valeur unique.</translation>
    </message>
    <message>
        <source>%1: environment must be a list of KEY=VALUE or a map.</source>
        <translation>%1 : environment doit être une liste de KEY=VALUE ou un mappage.</translation>
    </message>
    <message>
        <source>%1: not a docker-compose file: there is no &quot;services&quot; section.</source>
        <translation>%1 : pas un fichier docker-compose : il n&apos;y a pas de section &quot;services&quot;.</translation>
    </message>
    <message>
        <source>Service %1 also reads variables from %2 (env_file), which this import does not open; import that file as well if it holds settings.</source>
        <translation>Le service %1 lit aussi des variables depuis %2 (env_file), que cet import n&apos;ouvre pas ; importez aussi ce fichier s&apos;il contient des paramètres.</translation>
    </message>
    <message>
        <source>%1: no service sets the SentinelOne connector&apos;s variables (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY ...).</source>
        <translation>%1 : aucun service ne définit les variables du connecteur SentinelOne (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY ...).</translation>
    </message>
    <message>
        <source>Several services configure SentinelOne (%1); the settings of %2 were imported.</source>
        <translation>Plusieurs services configurent SentinelOne (%1) ; les paramètres de %2 ont été importés.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a section of key: value lines.</source>
        <translation>%1 : &quot;%2&quot; doit être une section de lignes key: value.</translation>
    </message>
    <message>
        <source>the OpenCTI URL</source>
        <translation>l&apos;URL d&apos;OpenCTI</translation>
    </message>
    <message>
        <source>the OpenCTI token</source>
        <translation>le jeton OpenCTI</translation>
    </message>
    <message>
        <source>the connector ID</source>
        <translation>l&apos;ID du connecteur</translation>
    </message>
    <message>
        <source>the connector name</source>
        <translation>le nom du connecteur</translation>
    </message>
    <message>
        <source>the connector scope</source>
        <translation>la portée du connecteur</translation>
    </message>
    <message>
        <source>the log level</source>
        <translation>le niveau de journalisation</translation>
    </message>
    <message>
        <source>the sync period</source>
        <translation>la période de synchronisation</translation>
    </message>
    <message>
        <source>the console URL</source>
        <translation>l&apos;URL de la console</translation>
    </message>
    <message>
        <source>the SentinelOne API token</source>
        <translation>le jeton d&apos;API SentinelOne</translation>
    </message>
    <message>
        <source>the account ID</source>
        <translation>l&apos;ID du compte</translation>
    </message>
    <message>
        <source>the maximum API attempts</source>
        <translation>le nombre maximal de tentatives d&apos;API</translation>
    </message>
    <message>
        <source>the flag note text</source>
        <translation>le texte de la note de marquage</translation>
    </message>
    <message>
        <source>the import start date</source>
        <translation>la date de début de l&apos;import</translation>
    </message>
    <message>
        <source>%1 and %2 both set %3; %4 was used.</source>
        <translation>%1 et %2 définissent tous deux %3 ; %4 a été utilisé.</translation>
    </message>
    <message>
        <source>%1 has no value in the file (docker compose would take it from the environment); %2 was not imported.</source>
        <translation>%1 n&apos;a pas de valeur dans le fichier (docker compose la prendrait dans l&apos;environnement) ; %2 n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>%1 is a ${VARIABLE} placeholder that docker compose fills in from the environment or a .env file; %2 was not imported. Import the .env file too.</source>
        <translation>%1 est un espace réservé ${VARIABLE} que docker compose remplit depuis l&apos;environnement ou un fichier .env ; %2 n&apos;a pas été importé. Importez aussi le fichier .env.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, a placeholder that docker compose fills in from the environment or a .env file; %3 was not imported. Import the .env file too.</source>
        <translation>%1 vaut &quot;%2&quot;, un espace réservé que docker compose remplit depuis l&apos;environnement ou un fichier .env ; %3 n&apos;a pas été importé. Importez aussi le fichier .env.</translation>
    </message>
    <message>
        <source>%1 still has the sample value ChangeMe; %2 was not imported.</source>
        <translation>%1 a encore la valeur d&apos;exemple ChangeMe ; %2 n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>%1 is empty; %2 was not imported.</source>
        <translation>%1 est vide ; %2 n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>%1 holds %2, which %3 cannot hold; use plain text on one line.</source>
        <translation>%1 contient %2, que %3 ne peut pas contenir ; utilisez du texte brut sur une seule ligne.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be used: %3</source>
        <translation>%1 : &quot;%2&quot; ne peut pas être utilisé : %3</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to 100; the default %3 is used.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un nombre entier de 1 à 100 ; la valeur par défaut %3 est utilisée.</translation>
    </message>
    <message>
        <source>%1: %2 The default %3 is used.</source>
        <translation>%1 : %2 La valeur par défaut %3 est utilisée.</translation>
    </message>
    <message>
        <source>%1: threats are imported from the start of %2 (UTC); the time of day %3 is not kept.</source>
        <translation>%1 : les menaces sont importées à partir du début du %2 (UTC) ; l&apos;heure %3 n&apos;est pas conservée.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 2026-01-01T00:00:00Z; only flagged threats are imported.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une date telle que 2026-01-01T00:00:00Z ; seules les menaces marquées sont importées.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) address; the OpenCTI import stays off.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une adresse http(s) ; l&apos;import OpenCTI reste désactivé.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID; a new connector ID was generated.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un UUID ; un nouvel ID de connecteur a été généré.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a log level (debug, info, warn, error); %3 is used.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un niveau de journalisation (debug, info, warn, error) ; %3 est utilisé.</translation>
    </message>
    <message>
        <source>Imported connector</source>
        <translation>Connecteur importé</translation>
    </message>
    <message>
        <source>No usable console URL was found (S1_URL or SENTINELONE_INCIDENTS_URL); enter it before saving.</source>
        <translation>Aucune URL de console utilisable n&apos;a été trouvée (S1_URL ou SENTINELONE_INCIDENTS_URL). Saisissez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>No usable SentinelOne API token was found (S1_API_KEY or SENTINELONE_INCIDENTS_API_KEY); enter it before connecting.</source>
        <translation>Aucun jeton d&apos;API SentinelOne utilisable n&apos;a été trouvé (S1_API_KEY ou SENTINELONE_INCIDENTS_API_KEY). Saisissez-le avant de vous connecter.</translation>
    </message>
    <message>
        <source>%1: no SentinelOne settings found (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY, or a sentinelone_incidents section); is this the connector&apos;s configuration?</source>
        <translation>%1 : aucun paramètre SentinelOne trouvé (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY ou une section sentinelone_incidents) ; s&apos;agit-il bien de la configuration du connecteur ?</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: too large for a connector configuration (more than 1 MiB).</source>
        <translation>%1 : trop volumineux pour une configuration de connecteur (plus de 1 Mio).</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>l&apos;environnement</translation>
    </message>
</context>
<context>
    <name>ConsoleConfig</name>
    <message>
        <source>Console URL</source>
        <translation>URL de la console</translation>
    </message>
    <message>
        <source>enter the address of your SentinelOne console, for example https://yourcompany.sentinelone.net.</source>
        <translation>saisissez l&apos;adresse de votre console SentinelOne, par exemple https://yourcompany.sentinelone.net.</translation>
    </message>
    <message>
        <source>API token: paste the token generated in the console (it is shown only once).</source>
        <translation>Jeton d&apos;API : collez le jeton généré dans la console (il n&apos;est affiché qu&apos;une seule fois).</translation>
    </message>
    <message>
        <source>API token: the token contains spaces or characters a SentinelOne token never has; paste it again, without line breaks.</source>
        <translation>Jeton d&apos;API : le jeton contient des espaces ou des caractères qu&apos;un jeton SentinelOne ne contient jamais. Collez-le à nouveau, sans sauts de ligne.</translation>
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
        <translation>Les sites de la console n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>The console&apos;s groups could not be listed: %1</source>
        <translation>Les groupes de la console n&apos;ont pas pu être listés : %1</translation>
    </message>
</context>
<context>
    <name>ConsoleUrlPage</name>
    <message>
        <source>This address uses http://: the API token would travel over the network unencrypted, readable by anyone on the way. Use https:// unless the console is on a network you trust.</source>
        <translation>Cette adresse utilise http:// : le jeton d&apos;API circulerait sur le réseau sans chiffrement, lisible par quiconque sur le trajet. Utilisez https://, sauf si la console se trouve sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Send the token &amp;unencrypted (http://)</source>
        <translation>Envoyer le jeton &amp;non chiffré (http://)</translation>
    </message>
    <message>
        <source>A trailing slash or a missing https:// is fine. Next checks that the address answers like a SentinelOne console.</source>
        <translation>Une barre oblique finale ou l&apos;absence de https:// ne pose pas de problème. « Suivant » vérifie que l&apos;adresse répond comme une console SentinelOne.</translation>
    </message>
    <message>
        <source>S1 Bridge will use %1</source>
        <translation>S1 Bridge utilisera %1</translation>
    </message>
    <message>
        <source>%1 presents a certificate that this computer does not trust. If it is your console&apos;s own certificate (a private certificate authority or a self-signed one), compare its SHA-256 fingerprint with the one your administrator gives you, then choose Trust this certificate:
%2</source>
        <translation>%1 présente un certificat auquel cet ordinateur ne fait pas confiance. S&apos;il s&apos;agit du certificat propre à votre console (autorité de certification privée ou certificat auto-signé), comparez son empreinte SHA-256 avec celle que vous donne votre administrateur, puis choisissez « Faire confiance à ce certificat » :
%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given: pass the path of the S1 Bridge database file.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué. Indiquez le chemin du fichier de base de données de S1 Bridge.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed, so S1 Bridge cannot keep its state in %1. Install it (on Debian and Ubuntu: the package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé : S1 Bridge ne peut donc pas conserver son état dans %1. Installez-le (sous Debian et Ubuntu : le paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database path %1 is a folder; give the path of a file (it is created if missing).</source>
        <translation>Le chemin de base de données %1 est un dossier. Indiquez le chemin d&apos;un fichier (il est créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: check that the path is right and that you may write there.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données. Vérifiez que le chemin est correct et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) cannot be loaded, so S1 Bridge cannot open %1. Install it (on Debian and Ubuntu: the package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) ne peut pas être chargé : S1 Bridge ne peut donc pas ouvrir %1. Installez-le (sous Debian et Ubuntu : le paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer S1 Bridge (schema version %2; this one understands version %3 and older). Update S1 Bridge to use it, or start this version with another database file.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de S1 Bridge (version de schéma %2 ; celle-ci comprend la version %3 et les précédentes). Mettez S1 Bridge à jour pour l&apos;utiliser, ou démarrez cette version avec un autre fichier de base de données.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program (it has no S1 Bridge schema version). Give S1 Bridge another file, or move this one away.</source>
        <translation>Le fichier %1 est une base de données SQLite d&apos;un autre programme (il n&apos;a pas de version de schéma S1 Bridge). Donnez un autre fichier à S1 Bridge, ou déplacez celui-ci.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema version %1: %2</source>
        <translation>Impossible de mettre à niveau la base de données vers la version de schéma %1 : %2</translation>
    </message>
    <message>
        <source>The changes to the database %1 were not saved (the operation failed and was undone); nothing was half-written.</source>
        <translation>Les modifications de la base de données %1 n&apos;ont pas été enregistrées (l&apos;opération a échoué et a été annulée) ; rien n&apos;a été écrit à moitié.</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2). Check that its folder exists and that you may read and write the file and the folder.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 (%2). Vérifiez que son dossier existe et que vous pouvez lire et écrire le fichier et le dossier.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1 (%2). Check that you may write to the file and its folder, and that the disk is not mounted read-only.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 (%2). Vérifiez que vous pouvez écrire dans le fichier et son dossier, et que le disque n&apos;est pas monté en lecture seule.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another S1 Bridge window or command kept it locked for more than %2 seconds (%3). Try again when it has finished.</source>
        <translation>La base de données %1 est occupée : une autre fenêtre ou commande S1 Bridge l&apos;a verrouillée pendant plus de %2 secondes (%3). Réessayez lorsqu&apos;elle aura terminé.</translation>
    </message>
    <message>
        <source>Database error in %1: %2. If this persists, report it with this message.</source>
        <translation>Erreur de base de données dans %1 : %2. Si le problème persiste, signalez-le avec ce message.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written. Give your user write access to it, or choose another data folder by setting XDG_DATA_HOME.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1. Donnez à votre utilisateur le droit d&apos;y écrire, ou choisissez un autre dossier de données avec XDG_DATA_HOME.</translation>
    </message>
    <message>
        <source>Before upgrading the database %1 to schema version %2, S1 Bridge copies it to %3, and the copy failed: %4 The database was not changed.</source>
        <translation>Avant de mettre à jour la base de données %1 vers la version de schéma %2, S1 Bridge la copie vers %3, et cette copie a échoué : %4 La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>Impossible de créer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the folder %2 is read-only (SQLite keeps its journal files next to the database). Give your user write access to %2, or choose another data folder by setting XDG_DATA_HOME to a folder you may write.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 : le dossier %2 est en lecture seule (SQLite garde ses fichiers journaux à côté de la base). Donnez à votre utilisateur le droit d&apos;écrire dans %2, ou choisissez avec XDG_DATA_HOME un autre dossier de données où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: your user has no read access to it. Give your user read and write access to the file, or choose another data folder by setting XDG_DATA_HOME.</source>
        <translation>Impossible de lire la base de données %1 : votre utilisateur n&apos;a pas le droit de la lire. Donnez à votre utilisateur les droits de lecture et d&apos;écriture sur le fichier, ou choisissez un autre dossier de données avec XDG_DATA_HOME.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file is read-only. Give your user write access to it, or choose another data folder by setting XDG_DATA_HOME.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 : le fichier est en lecture seule. Donnez à votre utilisateur le droit d&apos;y écrire, ou choisissez un autre dossier de données avec XDG_DATA_HOME.</translation>
    </message>
    <message>
        <source>The file %1 is not an S1 Bridge database or is damaged (%2). S1 Bridge leaves it as it is. Move it away (S1 Bridge then creates a new one) or restore it from a backup, such as the copy taken before the last upgrade: %3.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données S1 Bridge ou est endommagé (%2). S1 Bridge le laisse tel quel. Déplacez-le (S1 Bridge en crée alors une nouvelle) ou restaurez-le depuis une sauvegarde, par exemple la copie prise avant la dernière mise à jour : %3.</translation>
    </message>
    <message>
        <source>The file %1 is not an S1 Bridge database or is damaged (%2). S1 Bridge leaves it as it is. Move it away (S1 Bridge then creates a new one) or restore it from a backup.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données S1 Bridge ou est endommagé (%2). S1 Bridge le laisse tel quel. Déplacez-le (S1 Bridge en crée alors une nouvelle) ou restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the disk is full (%2). Free some space and try again; the database keeps its last saved state.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 : le disque est plein (%2). Libérez de l&apos;espace et réessayez ; la base de données garde son dernier état enregistré.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the disk is full or a limit on the size of files was reached (%2). Free some space (or raise the limit) and try again; the database keeps its last saved state.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 : le disque est plein ou une limite de taille de fichier a été atteinte (%2). Libérez de l&apos;espace (ou relevez la limite) et réessayez ; la base de données garde son dernier état enregistré.</translation>
    </message>
    <message>
        <source>Cannot read or write the database %1: input/output error (%2). Check the disk (is it full, or was it removed?), then try again; the database keeps its last saved state.</source>
        <translation>Impossible de lire ou d&apos;écrire la base de données %1 : erreur d&apos;entrée/sortie (%2). Vérifiez le disque (est-il plein, a-t-il été retiré ?), puis réessayez ; la base de données garde son dernier état enregistré.</translation>
    </message>
</context>
<context>
    <name>DemoPresets</name>
    <message>
        <source>The demo feed folder %1 could not be created.</source>
        <translation>Le dossier %1 du flux de démonstration n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The demo feed %1 could not be written: %2</source>
        <translation>Le flux de démonstration %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The demo console listed no account: no IOC sharing presets were created.</source>
        <translation>La console de démonstration n&apos;a listé aucun compte : aucun préréglage de partage d&apos;IOC n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Demo console threats</source>
        <translation>Menaces de la console de démonstration</translation>
    </message>
    <message>
        <source>Demo blocklist</source>
        <translation>Liste de blocage de démonstration</translation>
    </message>
    <message>
        <source>Hashes, URLs and addresses, not ours</source>
        <translation>Hachages, URL et adresses, pas les nôtres</translation>
    </message>
    <message>
        <source>Demo threats to the console</source>
        <translation>Menaces de démonstration vers la console</translation>
    </message>
    <message>
        <source>Demo indicators to OpenCTI</source>
        <translation>Indicateurs de démonstration vers OpenCTI</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Unité de la période</translation>
    </message>
    <message>
        <source>%1 (ISO 8601: %2)</source>
        <translation>%1 (ISO 8601 : %2)</translation>
    </message>
</context>
<context>
    <name>EntryImportDialog</name>
    <message>
        <source>Paste or import entries</source>
        <translation>Coller ou importer des entrées</translation>
    </message>
    <message>
        <source>Entries to import</source>
        <translation>Entrées à importer</translation>
    </message>
    <message>
        <source>Paste addresses, CIDR blocks or ranges: one per line, or a CSV with an address column. # starts a comment.</source>
        <translation>Collez des adresses, des blocs CIDR ou des plages : une par ligne, ou un CSV avec une colonne d&apos;adresses. # commence un commentaire.</translation>
    </message>
    <message>
        <source>File to read</source>
        <translation>Fichier à lire</translation>
    </message>
    <message>
        <source>A text or CSV file</source>
        <translation>Un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Lire le fichier</translation>
    </message>
    <message>
        <source>Entries that will be added</source>
        <translation>Entrées qui seront ajoutées</translation>
    </message>
    <message>
        <source>Refused lines and their reasons</source>
        <translation>Lignes refusées et leurs raisons</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Will be added:</source>
        <translation>Seront ajoutées :</translation>
    </message>
    <message>
        <source>Refused (nothing of these is stored):</source>
        <translation>Refusées (rien de ceci n&apos;est enregistré) :</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Choose a readable text or CSV file.</source>
        <translation>%1 ne peut pas être lu : %2. Choisissez un fichier texte ou CSV lisible.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>%1 is larger than %L2 MB: split it, or add it as a source read at each export.</source>
        <translation>%1 dépasse %L2 Mo. Divisez-le, ou ajoutez-le comme source lue à chaque export.</translation>
    </message>
    <message>
        <source>Import entries from a file</source>
        <translation>Importer des entrées depuis un fichier</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv *.tsv *.list)</source>
        <translation>Fichiers texte et CSV (*.txt *.csv *.tsv *.list)</translation>
    </message>
    <message>
        <source>Every file (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… et %L1 de plus</translation>
    </message>
    <message>
        <source>Accepted, changed: %1</source>
        <translation>Acceptée, modifiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) will be added</source>
        <translation>
            <numerusform>%Ln entrée sera ajoutée</numerusform>
            <numerusform>%Ln entrées seront ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the collection</source>
        <translation>
            <numerusform>%Ln déjà dans la collection</numerusform>
            <numerusform>%Ln déjà dans la collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused</source>
        <translation>
            <numerusform>%Ln ligne refusée</numerusform>
            <numerusform>%Ln lignes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln entry(ies)</source>
        <translation>
            <numerusform>&amp;Ajouter %Ln entrée</numerusform>
            <numerusform>&amp;Ajouter %Ln entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>plage %1</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrée %1 : %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FeedSourceEditor</name>
    <message>
        <source>Cannot read it: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Format: %1. %n value(s) read, </source>
        <translation>
            <numerusform>Format : %1. %n valeur lue, </numerusform>
            <numerusform>Format : %1. %n valeurs lues, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused.</source>
        <translation>
            <numerusform>%n ligne refusée.</numerusform>
            <numerusform>%n lignes refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>First values:</source>
        <translation>Premières valeurs :</translation>
    </message>
    <message>
        <source>Refused lines:</source>
        <translation>Lignes refusées :</translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation>  ligne %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>A URL (http or https)</source>
        <translation>Une URL (http ou https)</translation>
    </message>
    <message>
        <source>A local file</source>
        <translation>Un fichier local</translation>
    </message>
    <message>
        <source>https://feeds.example.com/iocs.txt</source>
        <translation>https://feeds.example.com/iocs.txt</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Text, one value a line</source>
        <translation>Texte, une valeur par ligne</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV avec ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation>Bundle STIX 2.1</translation>
    </message>
    <message>
        <source>Authorization header value, e.g. Bearer &lt;token&gt;</source>
        <translation>Valeur de l&apos;en-tête Authorization, par ex. Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>Preview shows the first %1 values and the refused lines.</source>
        <translation>L&apos;aperçu affiche les %1 premières valeurs et les lignes refusées.</translation>
    </message>
    <message>
        <source>Read &amp;from:</source>
        <translation>&amp;Lire depuis :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Cre&amp;dential:</source>
        <translation>I&amp;dentifiants :</translation>
    </message>
    <message>
        <source>Location: give the feed&apos;s http or https address.</source>
        <translation>Emplacement : indiquez l&apos;adresse http ou https du flux.</translation>
    </message>
    <message>
        <source>Location: choose the file to read.</source>
        <translation>Emplacement : choisissez le fichier à lire.</translation>
    </message>
    <message>
        <source>Credential: one line, the Authorization header&apos;s value, e.g. &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Identifiants : une ligne, la valeur de l&apos;en-tête Authorization, par ex. &quot;Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Credential: no keychain is available to keep it; leave it empty.</source>
        <translation>Identifiants : aucun trousseau n&apos;est disponible pour les conserver. Laissez le champ vide.</translation>
    </message>
    <message>
        <source>/path/to/iocs.csv</source>
        <translation>/path/to/iocs.csv</translation>
    </message>
    <message>
        <source>A file takes no credential.</source>
        <translation>Un fichier ne prend pas d&apos;identifiants.</translation>
    </message>
    <message>
        <source>The keychain holds a credential for this feed; type one to replace it.</source>
        <translation>Le trousseau contient des identifiants pour ce flux ; saisissez-en de nouveaux pour les remplacer.</translation>
    </message>
    <message>
        <source>Optional; kept in the keychain, sent to this host only.</source>
        <translation>Facultatif ; conservés dans le trousseau, envoyés uniquement à cet hôte.</translation>
    </message>
    <message>
        <source>Choose a file of IOCs</source>
        <translation>Choisir un fichier d&apos;IOC</translation>
    </message>
    <message>
        <source>IOC files (*.txt *.csv *.json)</source>
        <translation>Fichiers d&apos;IOC (*.txt *.csv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The feed answered HTTP %1: %2</source>
        <translation>Le flux a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the feed: %1</source>
        <translation>Impossible de lire le flux : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>FirewallCommand</name>
    <message>
        <source>  create    &quot;%1&quot; (%L2 entries)</source>
        <translation>  créer     &quot;%1&quot; (%L2 entrées)</translation>
    </message>
    <message>
        <source>  update    &quot;%1&quot;: %2 (+%L3 -%L4 entries)</source>
        <translation>  modifier  &quot;%1&quot; : %2 (+%L3 -%L4 entrées)</translation>
    </message>
    <message>
        <source>  rename    &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>  renommer  &quot;%1&quot; en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  delete    &quot;%1&quot;</source>
        <translation>  supprimer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  unchanged &quot;%1&quot; (%L2 entries)</source>
        <translation>  inchangée &quot;%1&quot; (%L2 entrées)</translation>
    </message>
    <message>
        <source>  conflict  &quot;%1&quot;: %2</source>
        <translation>  conflit   &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>IP collections exported as SentinelOne firewall-control rules.</source>
        <translation>Collections d&apos;IP exportées comme règles Firewall Control de SentinelOne.</translation>
    </message>
    <message>
        <source>A site&apos;s ID (repeat for several).</source>
        <translation>L&apos;ID d&apos;un site (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>A group&apos;s ID (repeat for several).</source>
        <translation>L&apos;ID d&apos;un groupe (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>The IP collections: list, show, delete, import a file or URL, add or remove entries, set the rule template.</source>
        <translation>Les collections d&apos;IP : lister, afficher, supprimer, importer un fichier ou une URL, ajouter ou retirer des entrées, définir le modèle de règle.</translation>
    </message>
    <message>
        <source>Entries are IPv4 and IPv6 addresses, CIDR blocks and ranges (a-b). import and add create the
collection when it does not exist; refused entries are listed on stderr with their line
numbers and reasons, and nothing of a refused &apos;add&apos; is saved. import --follow keeps the file or
URL as a source re-read at every export instead of copying its entries now.
set takes --rule-name, --description, --action Block|Allow, --direction any|inbound|outbound,
--os windows,linux,..., --status Enabled|Disabled, --max-entries N, --aggregate yes|no,
--allow-private yes|no, --protect ENTRY,... (your own networks, never blocked), --disabled.</source>
        <translation>Les entrées sont des adresses IPv4 et IPv6, des blocs CIDR et des plages (a-b). import et add créent la
collection si elle n&apos;existe pas ; les entrées refusées sont listées sur stderr avec leur numéro de
ligne et leur raison, et rien d&apos;un &apos;add&apos; refusé n&apos;est enregistré. import --follow garde le fichier ou
l&apos;URL comme source relue à chaque export au lieu d&apos;en copier les entrées maintenant.
set accepte --rule-name, --description, --action Block|Allow, --direction any|inbound|outbound,
--os windows,linux,..., --status Enabled|Disabled, --max-entries N, --aggregate yes|no,
--allow-private yes|no, --protect ENTRY,... (vos propres réseaux, jamais bloqués), --disabled.</translation>
    </message>
    <message>
        <source>import: keep the file or URL as a source, re-read at every export.</source>
        <translation>import : garder le fichier ou l&apos;URL comme source, relue à chaque export.</translation>
    </message>
    <message>
        <source>set: the rules&apos; name (default: the collection&apos;s).</source>
        <translation>set : le nom des règles (par défaut : celui de la collection).</translation>
    </message>
    <message>
        <source>set: the rules&apos; description.</source>
        <translation>set : la description des règles.</translation>
    </message>
    <message>
        <source>set: Block (default) or Allow.</source>
        <translation>set : Block (par défaut) ou Allow.</translation>
    </message>
    <message>
        <source>set: any (default), inbound or outbound.</source>
        <translation>set : any (par défaut), inbound ou outbound.</translation>
    </message>
    <message>
        <source>set: OS types, separated by commas (default: all).</source>
        <translation>set : types d&apos;OS, séparés par des virgules (par défaut : tous).</translation>
    </message>
    <message>
        <source>set: Enabled (default) or Disabled.</source>
        <translation>set : Enabled (par défaut) ou Disabled.</translation>
    </message>
    <message>
        <source>set: entries per rule (default 5,000).</source>
        <translation>set : entrées par règle (5 000 par défaut).</translation>
    </message>
    <message>
        <source>set: collapse adjacent entries into CIDR blocks (yes|no).</source>
        <translation>set : regrouper les entrées adjacentes en blocs CIDR (yes|no).</translation>
    </message>
    <message>
        <source>set: private ranges may be blocked (yes|no).</source>
        <translation>set : les plages privées peuvent être bloquées (yes|no).</translation>
    </message>
    <message>
        <source>set: your own networks, never blocked, separated by commas.</source>
        <translation>set : vos propres réseaux, jamais bloqués, séparés par des virgules.</translation>
    </message>
    <message>
        <source>set: not exported by &apos;s1bridge-cli run&apos; on its period.</source>
        <translation>set : non exporté par &apos;s1bridge-cli run&apos; à sa période.</translation>
    </message>
    <message>
        <source>What an export would change in each scope (create, update, rename, delete, conflicts).</source>
        <translation>Ce qu&apos;un export changerait dans chaque portée (créer, modifier, renommer, supprimer, conflits).</translation>
    </message>
    <message>
        <source>Take over rules of these names not made by S1 Bridge.</source>
        <translation>Reprendre les règles portant ces noms qui n&apos;ont pas été créées par S1 Bridge.</translation>
    </message>
    <message>
        <source>Export the collection as firewall rules: change only what differs (recorded in Jobs).</source>
        <translation>Exporter la collection sous forme de règles de pare-feu : ne changer que ce qui diffère (enregistré dans « Tâches »).</translation>
    </message>
    <message>
        <source>Scopes: --site ID (repeat), --account ID (the global option: that account), --group ID (repeat).
Without a scope option, the collection&apos;s saved scopes of this profile; scopes given here are
saved with the collection. A killed export resumes: rules sent without a recorded answer are
read back by name, never created twice. Exit 0; 3 token refused; 4 the console failed; 2 usage.</source>
        <translation>Portées : --site ID (répétable), --account ID (l&apos;option globale : ce compte), --group ID (répétable).
Sans option de portée, les portées enregistrées de la collection pour ce profil ; les portées données ici
sont enregistrées avec la collection. Un export interrompu reprend : les règles envoyées sans réponse
enregistrée sont relues par leur nom, jamais créées deux fois. Sortie 0 ; 3 jeton refusé ; 4 échec de la console ; 2 utilisation.</translation>
    </message>
    <message>
        <source>Change nothing: show the plan.</source>
        <translation>Ne rien changer : afficher le plan.</translation>
    </message>
    <message>
        <source>Delete the rules S1 Bridge made for the collection (in the scopes given, else everywhere).</source>
        <translation>Supprimer les règles que S1 Bridge a créées pour la collection (dans les portées données, sinon partout).</translation>
    </message>
    <message>
        <source>The console&apos;s firewall rules of a scope (--site, --account or --group).</source>
        <translation>Les règles de pare-feu de la console dans une portée (--site, --account ou --group).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de collection nommée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deleted the collection &quot;%1&quot;.</source>
        <translation>Collection &quot;%1&quot; supprimée.</translation>
    </message>
    <message>
        <source>firewall collections: use list, show NAME, delete NAME, import NAME FILE|URL, add NAME ENTRY..., remove NAME ENTRY... or set NAME</source>
        <translation>firewall collections : utilisez list, show NAME, delete NAME, import NAME FILE|URL, add NAME ENTRY..., remove NAME ENTRY... ou set NAME</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>never exported</source>
        <translation>jamais exportée</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>ENTRÉES</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RÈGLES</translation>
    </message>
    <message>
        <source>LAST EXPORT</source>
        <translation>DERNIER EXPORT</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Collection : %1</translation>
    </message>
    <message>
        <source>Rules: &quot;%1&quot;, %2 %3, OS %4, %5, at most %L6 entries each%7</source>
        <translation>Règles : &quot;%1&quot;, %2 %3, OS %4, %5, %L6 entrées au maximum par règle%7</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>, aggregated</source>
        <translation>, agrégées</translation>
    </message>
    <message>
        <source>Target: %1 (profile %2)</source>
        <translation>Cible : %1 (profil %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Typed entries: %L1</source>
        <translation>Entrées saisies : %L1</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; now reads %2 at every export.</source>
        <translation>La collection &quot;%1&quot; lit désormais %2 à chaque export.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2): check the address.</source>
        <translation>%1 n&apos;a pas pu être lu (%2). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1: %L2 entries added, %L3 refused; %L4 in all.</source>
        <translation>%1 : %L2 entrées ajoutées, %L3 refusées ; %L4 au total.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1 : %2</translation>
    </message>
    <message>
        <source>nothing was changed: correct the entries above</source>
        <translation>rien n&apos;a été modifié : corrigez les entrées ci-dessus</translation>
    </message>
    <message>
        <source>%1: %L2 entries added; %L3 in all.</source>
        <translation>%1 : %L2 entrées ajoutées ; %L3 au total.</translation>
    </message>
    <message>
        <source>%1: %L2 entries removed; %L3 in all.</source>
        <translation>%1 : %L2 entrées retirées ; %L3 au total.</translation>
    </message>
    <message>
        <source>--max-entries: &quot;%1&quot; is not a number</source>
        <translation>--max-entries : &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>--aggregate: yes or no, not &quot;%1&quot;</source>
        <translation>--aggregate : yes ou no, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--allow-private: yes or no, not &quot;%1&quot;</source>
        <translation>--allow-private : yes ou no, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--protect: %1</source>
        <translation>--protect : %1</translation>
    </message>
    <message>
        <source>Saved the collection &quot;%1&quot;.</source>
        <translation>Collection &quot;%1&quot; enregistrée.</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;; &apos;firewall collections list&apos; shows them</source>
        <translation>il n&apos;y a pas de collection nommée &quot;%1&quot; ; &apos;firewall collections list&apos; les affiche</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 entries in %Ln rule(s)</source>
        <translation>
            <numerusform>%1 : %L2 entrées dans %Ln règle</numerusform>
            <numerusform>%1 : %L2 entrées dans %Ln règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregation saved %L1 entries.</source>
        <translation>L&apos;agrégation a économisé %L1 entrées.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Écartées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln change(s)</source>
        <translation>
            <numerusform>%1 : %Ln modification</numerusform>
            <numerusform>%1 : %Ln modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>firewall rules: use list with --site ID, --account ID or --group ID</source>
        <translation>firewall rules : utilisez list avec --site ID, --account ID ou --group ID</translation>
    </message>
    <message>
        <source>firewall rules list: give one scope (--site ID, --account ID or --group ID)</source>
        <translation>firewall rules list : indiquez une portée (--site ID, --account ID ou --group ID)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECTION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
</context>
<context>
    <name>FirewallPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Ta&amp;ke over same-named rules</source>
        <translation>Reprendre les règles &amp;homonymes</translation>
    </message>
    <message>
        <source>Firewall collections</source>
        <translation>Collections de pare-feu</translation>
    </message>
    <message>
        <source>Start a new collection in the editor</source>
        <translation>Commencer une nouvelle collection dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Delete the selected collection (refused while its rules remain: withdraw first)</source>
        <translation>Supprimer la collection sélectionnée (refusé tant que ses règles existent : retirez-les d&apos;abord)</translation>
    </message>
    <message>
        <source>Show what an export would change in each target, changing nothing</source>
        <translation>Afficher ce qu&apos;un export changerait dans chaque cible, sans rien changer</translation>
    </message>
    <message>
        <source>Export the collection as firewall rules (recorded in Jobs)</source>
        <translation>Exporter la collection sous forme de règles de pare-feu (enregistré dans « Tâches »)</translation>
    </message>
    <message>
        <source>Delete the rules S1 Bridge made for the collection</source>
        <translation>Supprimer les règles que S1 Bridge a créées pour la collection</translation>
    </message>
    <message>
        <source>Plan and Export take over rules of these names that S1 Bridge did not make (else they are conflicts, left alone)</source>
        <translation>« Planifier » et « Exporter » reprennent les règles portant ces noms que S1 Bridge n&apos;a pas créées (sinon ce sont des conflits, laissés tels quels)</translation>
    </message>
    <message>
        <source>The database could not be opened: firewall collections cannot be kept. Check the data directory and start S1 Bridge again.</source>
        <translation>La base de données n&apos;a pas pu être ouverte : les collections de pare-feu ne peuvent pas être conservées. Vérifiez le répertoire de données et redémarrez S1 Bridge.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>La collection « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>New collection %1</source>
        <translation>Nouvelle collection %1</translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection &quot;%1&quot; and its %Ln typed entry(ies)? Rules exported from it must be withdrawn first.</source>
        <translation>
            <numerusform>Supprimer la collection « %1 » et %Ln entrée saisie ? Les règles exportées à partir d&apos;elle doivent d&apos;abord être retirées.</numerusform>
            <numerusform>Supprimer la collection « %1 » et ses %Ln entrées saisies ? Les règles exportées à partir d&apos;elle doivent d&apos;abord être retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the collection &quot;%1&quot;.</source>
        <translation>Collection « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Save the collection first: correct the problems named under the editor.</source>
        <translation>Enregistrez d&apos;abord la collection. Corrigez les problèmes indiqués sous l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Withdraw the rules</source>
        <translation>Retirer les règles</translation>
    </message>
    <message>
        <source>Delete every firewall rule S1 Bridge made for &quot;%1&quot; in this profile&apos;s console? The collection itself is kept.</source>
        <translation>Supprimer toutes les règles de pare-feu que S1 Bridge a créées pour « %1 » dans la console de ce profil ? La collection elle-même est conservée.</translation>
    </message>
    <message>
        <source>The console of this profile is not connected: connect it (Profile &gt; Edit profile…) and try again.</source>
        <translation>La console de ce profil n&apos;est pas connectée. Connectez-la (Profil &gt; Modifier le profil…) et réessayez.</translation>
    </message>
    <message>
        <source>Planning &quot;%1&quot;…</source>
        <translation>Planification de « %1 »…</translation>
    </message>
    <message>
        <source>Exporting &quot;%1&quot; (see the status bar)…</source>
        <translation>Export de « %1 » (voir la barre d&apos;état)…</translation>
    </message>
    <message>
        <source>Withdrawing &quot;%1&quot;…</source>
        <translation>Retrait de « %1 »…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is exported or withdrawn already: wait for that run to end.</source>
        <translation>« %1 » est déjà en cours d&apos;export ou de retrait : attendez la fin de cette exécution.</translation>
    </message>
    <message>
        <source>Export of &quot;%1&quot; queued.</source>
        <translation>Export de « %1 » mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Withdrawal of &quot;%1&quot; queued.</source>
        <translation>Retrait de « %1 » mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>&amp;New collection</source>
        <translation>&amp;Nouvelle collection</translation>
    </message>
    <message>
        <source>&amp;Plan export</source>
        <translation>&amp;Préparer l&apos;export</translation>
    </message>
    <message>
        <source>E&amp;xport now</source>
        <translation>E&amp;xporter maintenant</translation>
    </message>
    <message>
        <source>Show what an export of the selected collection would change (changes nothing)</source>
        <translation>Afficher ce qu&apos;un export de la collection sélectionnée modifierait (ne modifie rien)</translation>
    </message>
    <message>
        <source>Export the selected collection&apos;s rules to its targets now</source>
        <translation>Exporter maintenant les règles de la collection sélectionnée vers ses cibles</translation>
    </message>
</context>
<context>
    <name>FirewallRule</name>
    <message>
        <source>The firewall rule</source>
        <translation>La règle de pare-feu</translation>
    </message>
    <message>
        <source>The firewall rule &quot;%1&quot;</source>
        <translation>La règle de pare-feu « %1 »</translation>
    </message>
    <message>
        <source>A firewall rule needs a name.</source>
        <translation>Une règle de pare-feu a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>%1: the name has %L2 characters; the console takes at most %L3.</source>
        <translation>%1 : le nom compte %L2 caractères ; la console en accepte au maximum %L3.</translation>
    </message>
    <message>
        <source>%1: the action must be Allow or Block, not &quot;%2&quot;.</source>
        <translation>%1 : l&apos;action doit être Allow ou Block, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the status must be Enabled or Disabled, not &quot;%2&quot;.</source>
        <translation>%1 : le statut doit être Enabled ou Disabled, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the direction must be any, inbound or outbound, not &quot;%2&quot;.</source>
        <translation>%1 : la direction doit être any, inbound ou outbound, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the OS type &quot;%2&quot; is not one the console takes (%3).</source>
        <translation>%1 : le type d&apos;OS &quot;%2&quot; n&apos;est pas accepté par la console (%3).</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation>blocs CIDR</translation>
    </message>
    <message>
        <source>ranges</source>
        <translation>plages</translation>
    </message>
    <message>
        <source>%1 holds %L2 %3; the console takes at most %L4 of one kind in a rule. Split the entries over several rules.</source>
        <translation>%1 contient %L2 %3 ; la console accepte au maximum %L4 éléments d&apos;un même type dans une règle. Répartissez les entrées sur plusieurs règles.</translation>
    </message>
    <message>
        <source>%1: one of its %2 is empty.</source>
        <translation>%1 : un élément de ses %2 est vide.</translation>
    </message>
    <message>
        <source>the rule&apos;s scope</source>
        <translation>la portée de la règle</translation>
    </message>
    <message>
        <source>The console already has a firewall rule named &quot;%1&quot; in %2, and names are unique within a scope. Adopt that rule, delete or rename it on the console, or choose another name. (Details: %3)</source>
        <translation>La console a déjà une règle de pare-feu nommée « %1 » dans %2, et les noms sont uniques au sein d&apos;une portée. Reprenez cette règle, supprimez-la ou renommez-la sur la console, ou choisissez un autre nom. (Détails : %3)</translation>
    </message>
</context>
<context>
    <name>FirewallRuleFilter</name>
    <message>
        <source>Firewall rules are listed by a scope, a name, part of a name or rule ids: the console refuses a request without any of them.</source>
        <translation>Les règles de pare-feu sont listées par portée, nom, partie de nom ou ID de règle : la console refuse une requête sans aucun de ces critères.</translation>
    </message>
    <message>
        <source>Choose the account, site or group whose firewall rules to list.</source>
        <translation>Choisissez le compte, le site ou le groupe dont les règles de pare-feu doivent être listées.</translation>
    </message>
    <message>
        <source>Part of a firewall rule&apos;s name to search for must have at least 2 characters, not &quot;%1&quot;.</source>
        <translation>La partie du nom d&apos;une règle de pare-feu à rechercher doit comporter au moins 2 caractères, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Firewall rules can be listed by at most %L1 ids in one request, not %L2.</source>
        <translation>Les règles de pare-feu peuvent être listées par %L1 ID au maximum dans une requête, pas %L2.</translation>
    </message>
    <message>
        <source>A firewall rule id to list is empty.</source>
        <translation>Un ID de règle de pare-feu à lister est vide.</translation>
    </message>
</context>
<context>
    <name>FirewallStore</name>
    <message>
        <source>Cannot save the collection: it has no name; give it one.</source>
        <translation>Impossible d&apos;enregistrer la collection : elle n&apos;a pas de nom. Donnez-lui-en un.</translation>
    </message>
    <message>
        <source>Cannot save the collection &quot;%1&quot;: another collection has that name; choose another.</source>
        <translation>Impossible d&apos;enregistrer la collection « %1 » : une autre collection porte ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot save the collection &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer la collection « %1 » : %2</translation>
    </message>
    <message>
        <source>There is no such collection.</source>
        <translation>Cette collection n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>The collection &quot;%1&quot; still has %n rule(s) on consoles: withdraw them first.</source>
        <translation>
            <numerusform>La collection « %1 » a encore %n règle sur des consoles. Retirez-la d&apos;abord.</numerusform>
            <numerusform>La collection « %1 » a encore %n règles sur des consoles. Retirez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the collection &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer la collection « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot save the rules&apos; layout: %1</source>
        <translation>Impossible d&apos;enregistrer la disposition des règles : %1</translation>
    </message>
    <message>
        <source>Cannot record the rule being created: %1</source>
        <translation>Impossible d&apos;enregistrer la règle en cours de création : %1</translation>
    </message>
    <message>
        <source>Cannot record the console&apos;s rule: %1</source>
        <translation>Impossible d&apos;enregistrer la règle de la console : %1</translation>
    </message>
    <message>
        <source>Cannot record the deleted rules: %1</source>
        <translation>Impossible d&apos;enregistrer les règles supprimées : %1</translation>
    </message>
    <message>
        <source>Cannot record the export: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;export : %1</translation>
    </message>
    <message>
        <source>Cannot save the collection &quot;%1&quot;: its name holds %2; use plain text on one line.</source>
        <translation>Impossible d&apos;enregistrer la collection &quot;%1&quot; : son nom contient %2 ; utilisez du texte brut sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>record %1 (threat &quot;%2&quot;) has no profile ID</source>
        <translation>l&apos;enregistrement %1 (menace « %2 ») n&apos;a pas d&apos;ID de profil</translation>
    </message>
    <message>
        <source>record %1 has no threat ID</source>
        <translation>l&apos;enregistrement %1 n&apos;a pas d&apos;ID de menace</translation>
    </message>
    <message>
        <source>Cannot record the threats sent to OpenCTI: %1. Nothing was recorded; this is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer les menaces envoyées à OpenCTI : %1. Rien n&apos;a été enregistré ; il s&apos;agit d&apos;un bogue de S1 Bridge, merci de le signaler.</translation>
    </message>
    <message>
        <source>Cannot record the threats sent to OpenCTI: %1</source>
        <translation>Impossible d&apos;enregistrer les menaces envoyées à OpenCTI : %1</translation>
    </message>
    <message>
        <source>Cannot record the threats imported into OpenCTI: no profile ID was given. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer les menaces importées dans OpenCTI : aucun ID de profil n&apos;a été indiqué. Il s&apos;agit d&apos;un bogue de S1 Bridge, merci de le signaler.</translation>
    </message>
    <message>
        <source>Cannot record the threats imported into OpenCTI: %1</source>
        <translation>Impossible d&apos;enregistrer les menaces importées dans OpenCTI : %1</translation>
    </message>
    <message>
        <source>Cannot record the OpenCTI error for a threat: the profile or threat ID is empty. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer l&apos;erreur OpenCTI d&apos;une menace : l&apos;ID du profil ou de la menace est vide. Il s&apos;agit d&apos;un bogue de S1 Bridge, merci de le signaler.</translation>
    </message>
    <message>
        <source>Cannot record the OpenCTI error for threat %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;erreur OpenCTI de la menace %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save where the OpenCTI import stopped: no profile ID was given. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer où l&apos;import OpenCTI s&apos;est arrêté : aucun ID de profil n&apos;a été indiqué. Il s&apos;agit d&apos;un bogue de S1 Bridge, merci de le signaler.</translation>
    </message>
    <message>
        <source>Cannot save where the OpenCTI import stopped: %1</source>
        <translation>Impossible d&apos;enregistrer où l&apos;import OpenCTI s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Cannot forget the OpenCTI imports of a profile: no profile ID was given. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;oublier les imports OpenCTI d&apos;un profil : aucun ID de profil n&apos;a été indiqué. Il s&apos;agit d&apos;un bogue de S1 Bridge, merci de le signaler.</translation>
    </message>
    <message>
        <source>Cannot forget the OpenCTI imports of the deleted profile: %1</source>
        <translation>Impossible d&apos;oublier les imports OpenCTI du profil supprimé : %1</translation>
    </message>
</context>
<context>
    <name>IocAddDialog</name>
    <message>
        <source>Add an IOC</source>
        <translation>Ajouter un IOC</translation>
    </message>
    <message>
        <source>Detect from the value</source>
        <translation>Détecter à partir de la valeur</translation>
    </message>
    <message>
        <source>a hash, URL, domain or IP address</source>
        <translation>un hachage, une URL, un domaine ou une adresse IP</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Détecté : %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hash, URL, domain or IP address.</source>
        <translation>&quot;%1&quot; n&apos;est ni un hachage, ni une URL, ni un domaine, ni une adresse IP.</translation>
    </message>
</context>
<context>
    <name>IocDetailPane</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>pending (sent, no answer yet)</source>
        <translation>en attente (envoyé, pas encore de réponse)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>No IOC selected.
Select an IOC to see where it comes from and where it went.</source>
        <translation>Aucun IOC sélectionné.
Sélectionnez un IOC pour voir d&apos;où il vient et où il est allé.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Copier la valeur dans le presse-papiers</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Severity, score:</source>
        <translation>Gravité, score :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Libellés :</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Destinations:</source>
        <translation>Destinations :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>severity %1, score %2</source>
        <translation>gravité %1, score %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1 (%2)
  first seen %3, last seen %4, valid until %5</source>
        <translation>%1 (%2)
  vu pour la première fois %3, vu pour la dernière fois %4, valide jusqu&apos;au %5</translation>
    </message>
    <message>
        <source>still reports it</source>
        <translation>le signale toujours</translation>
    </message>
    <message>
        <source>no longer reports it</source>
        <translation>ne le signale plus</translation>
    </message>
    <message>
        <source>no source reports it</source>
        <translation>aucune source ne le signale</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>, retraction asked</source>
        <translation>, retrait demandé</translation>
    </message>
    <message>
        <source>  console id %1</source>
        <translation>  ID console %1</translation>
    </message>
    <message>
        <source>  expires %1</source>
        <translation>  expire %1</translation>
    </message>
    <message>
        <source>  the console said: %1</source>
        <translation>  la console a indiqué : %1</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non partagé</translation>
    </message>
</context>
<context>
    <name>IocFileParser</name>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which is no time; expected a date and time such as 2024-05-01T10:00:00Z or 2024-05-01 10:00:00 (UTC).</source>
        <translation>La colonne « %1 » contient &quot;%2&quot;, qui n&apos;est pas une heure ; une date et une heure sont attendues, telles que 2024-05-01T10:00:00Z ou 2024-05-01 10:00:00 (UTC).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;; expected a whole number from 0 to %3.</source>
        <translation>La colonne « %1 » contient &quot;%2&quot; ; un nombre entier de 0 à %3 est attendu.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which is no link; expected an http or https URL.</source>
        <translation>La colonne « %1 » contient &quot;%2&quot;, qui n&apos;est pas un lien ; une URL http ou https est attendue.</translation>
    </message>
    <message>
        <source>Line %1 should be the CSV header but names no value column (value, ioc_value, url, domain, ip, sha256, md5, ...): &quot;%2&quot;.</source>
        <translation>La ligne %1 devrait être l&apos;en-tête CSV mais ne nomme aucune colonne de valeur (value, ioc_value, url, domain, ip, sha256, md5, ...) : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The CSV has no header row naming a value column (value, ioc_value, url, domain, ip, sha256, md5, ...).</source>
        <translation>Le CSV n&apos;a pas de ligne d&apos;en-tête nommant une colonne de valeur (value, ioc_value, url, domain, ip, sha256, md5, ...).</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2 columns.</source>
        <translation>La ligne a %1 champs alors que l&apos;en-tête a %2 colonnes.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is unknown; expected SHA256, SHA1, MD5, URL, DNS, IPV4 or IPV6 (or a feed&apos;s name such as sha256_hash, domain, ip:port).</source>
        <translation>Le type &quot;%1&quot; est inconnu ; attendu : SHA256, SHA1, MD5, URL, DNS, IPV4 ou IPV6 (ou le nom d&apos;un flux tel que sha256_hash, domain, ip:port).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2); expected a STIX 2.1 bundle.</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2) ; un bundle STIX 2.1 est attendu.</translation>
    </message>
    <message>
        <source>The JSON is not a STIX 2.1 bundle: expected an object with &quot;type&quot;: &quot;bundle&quot; and its &quot;objects&quot;.</source>
        <translation>Le JSON n&apos;est pas un bundle STIX 2.1 : un objet avec &quot;type&quot;: &quot;bundle&quot; et ses &quot;objects&quot; est attendu.</translation>
    </message>
    <message>
        <source>The indicator&apos;s pattern type is &quot;%1&quot;; only STIX patterns (pattern_type &quot;stix&quot;) are read.</source>
        <translation>Le type de modèle de l&apos;indicateur est &quot;%1&quot; ; seuls les modèles STIX (pattern_type &quot;stix&quot;) sont lus.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked indicator(s) skipped: %1.</source>
        <translation>
            <numerusform>%n indicateur révoqué ignoré : %1.</numerusform>
            <numerusform>%n indicateurs révoqués ignorés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-indicator object(s) ignored (%1).</source>
        <translation>
            <numerusform>%n objet autre qu&apos;un indicateur ignoré (%1).</numerusform>
            <numerusform>%n objets autres que des indicateurs ignorés (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated value(s) merged into their first occurrence.</source>
        <translation>
            <numerusform>%n valeur répétée fusionnée avec sa première occurrence.</numerusform>
            <numerusform>%n valeurs répétées fusionnées avec leur première occurrence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changed line(s) not listed.</source>
        <translation>
            <numerusform>%n autre ligne modifiée non listée.</numerusform>
            <numerusform>%n autres lignes modifiées non listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation>Bundle STIX 2.1</translation>
    </message>
    <message>
        <source>A quoted field is not closed: a field that opens with &quot; ends with &quot; on the same line.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé : un champ qui commence par &quot; se termine par &quot; sur la même ligne.</translation>
    </message>
    <message>
        <source>Text follows a closing quote before the next &quot;%1&quot;; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>Du texte suit un guillemet fermant avant le prochain &quot;%1&quot; ; écrivez un guillemet à l&apos;intérieur d&apos;un champ entre guillemets sous la forme &quot;&quot;.</translation>
    </message>
    <message>
        <source>The STIX bundle&apos;s &quot;objects&quot; is not a list; expected &quot;objects&quot;: [ ... ] holding the indicators.</source>
        <translation>L&apos;élément &quot;objects&quot; du bundle STIX n&apos;est pas une liste ; attendu : &quot;objects&quot;: [ ... ] contenant les indicateurs.</translation>
    </message>
</context>
<context>
    <name>IocImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Import IOCs</source>
        <translation>Importer des IOC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>To be added:</source>
        <translation>À ajouter :</translation>
    </message>
    <message>
        <source>Rejected lines:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <source>New manual source…</source>
        <translation>Nouvelle source manuelle…</translation>
    </message>
    <message>
        <source>name of the new source</source>
        <translation>nom de la nouvelle source</translation>
    </message>
    <message>
        <source>Add to &amp;source:</source>
        <translation>Ajouter à la &amp;source :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln IOC(s) to add (%2 format); </source>
        <translation>
            <numerusform>%1 : %Ln IOC à ajouter (format %2) ; </numerusform>
            <numerusform>%1 : %Ln IOC à ajouter (format %2) ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected.</source>
        <translation>
            <numerusform>%Ln ligne rejetée.</numerusform>
            <numerusform>%Ln lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new source, or choose an existing one.</source>
        <translation>Nommez la nouvelle source, ou choisissez-en une existante.</translation>
    </message>
    <message>
        <source>The profile has a source named &quot;%1&quot; already; choose another name.</source>
        <translation>Le profil a déjà une source nommée « %1 ». Choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln IOC(s)…</source>
        <translation>
            <numerusform>Enregistrement de %Ln IOC…</numerusform>
            <numerusform>Enregistrement de %Ln IOC…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln IOC(s) into %1: </source>
        <translation>
            <numerusform>%Ln IOC importé dans %1 : </numerusform>
            <numerusform>%Ln IOC importés dans %1 : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new, </source>
        <translation>
            <numerusform>%Ln nouveau, </numerusform>
            <numerusform>%Ln nouveaux, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated, </source>
        <translation>
            <numerusform>%Ln mis à jour, </numerusform>
            <numerusform>%Ln mis à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged.</source>
        <translation>
            <numerusform>%Ln inchangé.</numerusform>
            <numerusform>%Ln inchangés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocNormalizer</name>
    <message>
        <source>%1 is not a %2 hash: expected %3 hexadecimal digits (0-9, a-f).</source>
        <translation>%1 n&apos;est pas un hachage %2 : %3 chiffres hexadécimaux attendus (0-9, a-f).</translation>
    </message>
    <message>
        <source>%1 has %2 hexadecimal digits; a %3 hash has exactly %4.</source>
        <translation>%1 a %2 chiffres hexadécimaux ; un hachage %3 en a exactement %4.</translation>
    </message>
    <message>
        <source>%1 is the %2 hash of an empty file: it matches every empty file and is no indicator of anything; give the hash of the malicious file.</source>
        <translation>%1 est le hachage %2 d&apos;un fichier vide : il correspond à tout fichier vide et n&apos;indique rien. Indiquez le hachage du fichier malveillant.</translation>
    </message>
    <message>
        <source>%1 is a network range (CIDR); SentinelOne takes single addresses: list the addresses one by one.</source>
        <translation>%1 est une plage réseau (CIDR) ; SentinelOne accepte des adresses uniques. Listez les adresses une par une.</translation>
    </message>
    <message>
        <source>The /32 prefix was dropped (a single address).</source>
        <translation>Le préfixe /32 a été supprimé (adresse unique).</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; after the colon, which is no port (1-65535); expected an IPv4 address such as 192.0.2.1, optionally with a port (192.0.2.1:443).</source>
        <translation>%1 a &quot;%2&quot; après les deux-points, qui n&apos;est pas un port (1-65535) ; une adresse IPv4 telle que 192.0.2.1 est attendue, éventuellement avec un port (192.0.2.1:443).</translation>
    </message>
    <message>
        <source>The port %1 was dropped: an IPV4 indicator is the address alone.</source>
        <translation>Le port %1 a été supprimé : un indicateur IPV4 est l&apos;adresse seule.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: expected four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>%1 n&apos;est pas une adresse IPv4 : quatre nombres de 0 à 255 séparés par des points sont attendus, par ex. 192.0.2.1.</translation>
    </message>
    <message>
        <source>%1 has the octet &quot;%2&quot; with a leading zero, which is ambiguous (octal or decimal?); write it without leading zeros.</source>
        <translation>%1 a l&apos;octet &quot;%2&quot; avec un zéro initial, ce qui est ambigu (octal ou décimal ?). Écrivez-le sans zéros initiaux.</translation>
    </message>
    <message>
        <source>%1 has the octet %2, over 255; each of the four numbers is 0 to 255.</source>
        <translation>%1 a l&apos;octet %2, supérieur à 255 ; chacun des quatre nombres va de 0 à 255.</translation>
    </message>
    <message>
        <source>%1 opens a bracket that is never closed; expected an IPv6 address such as 2001:db8::1 or [2001:db8::1]:443.</source>
        <translation>%1 ouvre un crochet qui n&apos;est jamais fermé ; une adresse IPv6 telle que 2001:db8::1 ou [2001:db8::1]:443 est attendue.</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; after the address, which is no port (1-65535).</source>
        <translation>%1 a &quot;%2&quot; après l&apos;adresse, qui n&apos;est pas un port (1-65535).</translation>
    </message>
    <message>
        <source>The port %1 was dropped: an IPV6 indicator is the address alone.</source>
        <translation>Le port %1 a été supprimé : un indicateur IPV6 est l&apos;adresse seule.</translation>
    </message>
    <message>
        <source>The /128 prefix was dropped (a single address).</source>
        <translation>Le préfixe /128 a été supprimé (adresse unique).</translation>
    </message>
    <message>
        <source>%1 has a zone index (after %), which only means something on one machine; give the address without it.</source>
        <translation>%1 a un index de zone (après %), qui n&apos;a de sens que sur une seule machine. Indiquez l&apos;adresse sans lui.</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: expected up to eight groups of hexadecimal digits separated by colons, such as 2001:db8::1.</source>
        <translation>%1 n&apos;est pas une adresse IPv6 : jusqu&apos;à huit groupes de chiffres hexadécimaux séparés par des deux-points sont attendus, par ex. 2001:db8::1.</translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 address: it stands for the IPv4 address %2, which may be the indicator you mean.</source>
        <translation>%1 est une adresse IPv6 mappée IPv4 : elle représente l&apos;adresse IPv4 %2, qui est peut-être l&apos;indicateur voulu.</translation>
    </message>
    <message>
        <source>%1 is not a valid internationalized domain name (it has no ASCII form).</source>
        <translation>%1 n&apos;est pas un nom de domaine internationalisé valide (il n&apos;a pas de forme ASCII).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; a domain name has at most 253.</source>
        <translation>%1 compte %2 caractères ; un nom de domaine en compte au maximum 253.</translation>
    </message>
    <message>
        <source>%1 has an empty label (two dots in a row or a leading dot); expected a name such as www.example.com.</source>
        <translation>%1 a un libellé vide (deux points consécutifs ou un point initial) ; un nom tel que www.example.com est attendu.</translation>
    </message>
    <message>
        <source>%1 has a label of %2 characters; each part between dots has at most 63.</source>
        <translation>%1 a un libellé de %2 caractères ; chaque partie entre les points en compte au maximum 63.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;; a domain name has only letters, digits, hyphens and dots.</source>
        <translation>%1 contient &quot;%2&quot; ; un nom de domaine ne comporte que des lettres, des chiffres, des traits d&apos;union et des points.</translation>
    </message>
    <message>
        <source>%1 has a label that starts or ends with a hyphen, which domain names do not.</source>
        <translation>%1 a un libellé qui commence ou se termine par un trait d&apos;union, ce que les noms de domaine n&apos;ont pas.</translation>
    </message>
    <message>
        <source>%1 is a single label; expected a domain name of at least two, such as example.com.</source>
        <translation>%1 est un libellé unique ; un nom de domaine d&apos;au moins deux libellés est attendu, tel que example.com.</translation>
    </message>
    <message>
        <source>%1 ends in a number, so it is no domain name; an IP address is typed IPV4 or IPV6.</source>
        <translation>%1 se termine par un nombre : ce n&apos;est donc pas un nom de domaine ; une adresse IP a le type IPV4 ou IPV6.</translation>
    </message>
    <message>
        <source>%1 is a URL or a path, not a domain; type it URL or give only the host name.</source>
        <translation>%1 est une URL ou un chemin, pas un domaine. Donnez-lui le type URL ou indiquez seulement le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is a wildcard; give the domain itself (%2), which covers its sub-domains.</source>
        <translation>%1 contient un caractère générique ; indiquez le domaine lui-même (%2), qui couvre ses sous-domaines.</translation>
    </message>
    <message>
        <source>The port %1 was dropped: a DNS indicator is the name alone.</source>
        <translation>Le port %1 a été supprimé : un indicateur DNS est le nom seul.</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a domain; type it IPV4.</source>
        <translation>%1 est une adresse IP, pas un domaine. Donnez-lui le type IPV4.</translation>
    </message>
    <message>
        <source>%1 is a public suffix (a zone under which anyone registers names), not a domain of its own; give a domain such as example.%2.</source>
        <translation>%1 est un suffixe public (une zone sous laquelle n&apos;importe qui enregistre des noms), pas un domaine en soi ; indiquez un domaine tel que example.%2.</translation>
    </message>
    <message>
        <source>%1 contains a space; a URL has none (write a space as %20).</source>
        <translation>%1 contient un espace ; une URL n&apos;en a pas (écrivez un espace sous la forme %20).</translation>
    </message>
    <message>
        <source>%1 has no scheme; expected a URL such as http://example.com/path (http, https or ftp).</source>
        <translation>%1 n&apos;a pas de schéma ; une URL telle que http://example.com/path est attendue (http, https ou ftp).</translation>
    </message>
    <message>
        <source>%1 has the scheme &quot;%2&quot;; SentinelOne takes http, https and ftp URLs.</source>
        <translation>%1 a le schéma &quot;%2&quot; ; SentinelOne accepte les URL http, https et ftp.</translation>
    </message>
    <message>
        <source>%1 opens a bracket in its host that is never closed.</source>
        <translation>%1 ouvre dans son hôte un crochet qui n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 has text after its host&apos;s closing bracket that is no port.</source>
        <translation>%1 a, après le crochet fermant de son hôte, du texte qui n&apos;est pas un port.</translation>
    </message>
    <message>
        <source>%1 has no host; expected a URL such as http://example.com/path.</source>
        <translation>%1 n&apos;a pas d&apos;hôte ; une URL telle que http://example.com/path est attendue.</translation>
    </message>
    <message>
        <source>%1 has the port &quot;%2&quot;; a port is a number from 1 to 65535.</source>
        <translation>%1 a le port &quot;%2&quot; ; un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The value is empty; expected a hash, a URL, a domain or an IP address.</source>
        <translation>La valeur est vide ; un hachage, une URL, un domaine ou une adresse IP est attendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a control character (%2); an indicator is printable text on one line.</source>
        <translation>&quot;%1&quot; contient un caractère de contrôle (%2) ; un indicateur est du texte imprimable sur une seule ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; an indicator is one value without spaces (write a space in a URL as %20).</source>
        <translation>&quot;%1&quot; contient un espace ; un indicateur est une valeur unique sans espaces (écrivez un espace dans une URL sous la forme %20).</translation>
    </message>
    <message>
        <source>The defanged value was re-fanged to &quot;%1&quot;.</source>
        <translation>La valeur neutralisée a été restaurée en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 hexadecimal digits, which is no hash SentinelOne takes: SHA256 has 64, SHA1 40 and MD5 32.</source>
        <translation>&quot;%1&quot; compte %2 chiffres hexadécimaux, ce qui ne correspond à aucun hachage accepté par SentinelOne : SHA256 en a 64, SHA1 40 et MD5 32.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recognized as an indicator: expected a SHA256, SHA1 or MD5 hash, a URL (http, https or ftp), a domain name, or an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; n&apos;est pas reconnu comme indicateur : un hachage SHA256, SHA1 ou MD5, une URL (http, https ou ftp), un nom de domaine ou une adresse IPv4 ou IPv6 est attendu.</translation>
    </message>
</context>
<context>
    <name>IocPush</name>
    <message>
        <source>--scope: %1</source>
        <translation>--scope : %1</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is a %2 source; a push needs a manual source of that name (rename or remove the other one)</source>
        <translation>la source &quot;%1&quot; est une source %2 ; push nécessite une source manuelle de ce nom (renommez ou supprimez l&apos;autre)</translation>
    </message>
</context>
<context>
    <name>IocScope</name>
    <message>
        <source>Choose the scope of the IOCs: one account, site or group (the console answers a request without a scope with an internal error).</source>
        <translation>Choisissez la portée des IOC : un compte, un site ou un groupe (la console répond à une requête sans portée par une erreur interne).</translation>
    </message>
    <message>
        <source>The scope&apos;s id &quot;%1&quot; is not a SentinelOne id: expected a number such as 225494730938493804.</source>
        <translation>L&apos;ID de portée &quot;%1&quot; n&apos;est pas un ID SentinelOne : un nombre tel que 225494730938493804 est attendu.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
</context>
<context>
    <name>IocSharingPage</name>
    <message>
        <source>&amp;IOCs</source>
        <translation>&amp;IOC</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Business rules</source>
        <translation>&amp;Règles métier</translation>
    </message>
    <message>
        <source>Sharin&amp;g</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>&amp;Récupérer maintenant</translation>
    </message>
    <message>
        <source>S&amp;hare now</source>
        <translation>&amp;Partager maintenant</translation>
    </message>
    <message>
        <source>Import &amp;IOCs…</source>
        <translation>Importer des &amp;IOCs…</translation>
    </message>
    <message>
        <source>Pull every IOC source of this profile now</source>
        <translation>Récupérer maintenant toutes les sources d&apos;IOCs de ce profil</translation>
    </message>
    <message>
        <source>Run every sharing configuration of this profile now</source>
        <translation>Exécuter maintenant toutes les configurations de partage de ce profil</translation>
    </message>
    <message>
        <source>Import IOCs from a file into the store</source>
        <translation>Importer des IOCs d&apos;un fichier dans le stockage</translation>
    </message>
    <message numerus="yes">
        <source>%n IOC pull(s) queued to run now.</source>
        <translation>
            <numerusform>%n récupération d&apos;IOCs mise en file pour exécution immédiate.</numerusform>
            <numerusform>%n récupérations d&apos;IOCs mises en file pour exécution immédiate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No IOC source of this profile pulls on a schedule, or they all run already. Add a source in the Sources tab.</source>
        <translation>Aucune source d&apos;IOCs de ce profil n&apos;est récupérée selon une planification, ou elles sont toutes déjà en cours. Ajoutez une source dans l&apos;onglet Sources.</translation>
    </message>
    <message numerus="yes">
        <source>%n sharing configuration(s) queued to run now.</source>
        <translation>
            <numerusform>%n configuration de partage mise en file pour exécution immédiate.</numerusform>
            <numerusform>%n configurations de partage mises en file pour exécution immédiate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No enabled sharing configuration runs in this profile, or they all run already. Add one in the Sharing tab.</source>
        <translation>Aucune configuration de partage activée ne s&apos;exécute dans ce profil, ou elles sont toutes déjà en cours. Ajoutez-en une dans l&apos;onglet Partage.</translation>
    </message>
</context>
<context>
    <name>IocStore</name>
    <message>
        <source>%1 This is a bug of S1 Bridge, please report it.</source>
        <translation>%1 Il s&apos;agit d&apos;un bogue de S1 Bridge, merci de le signaler.</translation>
    </message>
    <message>
        <source>Cannot store IOCs: no source was given.</source>
        <translation>Impossible d&apos;enregistrer les IOC : aucune source n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Cannot store the IOCs of source %1: IOC %2 of the batch has no value; nothing was stored.</source>
        <translation>Impossible d&apos;enregistrer les IOC de la source %1 : l&apos;IOC %2 du lot n&apos;a pas de valeur ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot store the IOCs of source %1: there is no such source in %2 (was it removed?).</source>
        <translation>Impossible d&apos;enregistrer les IOC de la source %1 : cette source n&apos;existe pas dans %2 (a-t-elle été supprimée ?).</translation>
    </message>
    <message>
        <source>Cannot store the IOCs of source %1: %2</source>
        <translation>Impossible d&apos;enregistrer les IOC de la source %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record which IOCs source %1 no longer reports: %2</source>
        <translation>Impossible d&apos;enregistrer quels IOC la source %1 ne signale plus : %2</translation>
    </message>
    <message>
        <source>Cannot record the IOCs about to be shared: %1</source>
        <translation>Impossible d&apos;enregistrer les IOC sur le point d&apos;être partagés : %1</translation>
    </message>
    <message>
        <source>Cannot record the IOCs the destination accepted: %1</source>
        <translation>Impossible d&apos;enregistrer les IOC acceptés par la destination : %1</translation>
    </message>
    <message>
        <source>Cannot record the IOCs the destination refused: %1</source>
        <translation>Impossible d&apos;enregistrer les IOC refusés par la destination : %1</translation>
    </message>
    <message>
        <source>Cannot record the IOCs retracted from the destination: %1</source>
        <translation>Impossible d&apos;enregistrer les IOC retirés de la destination : %1</translation>
    </message>
    <message>
        <source>Cannot record the retraction request: %1</source>
        <translation>Impossible d&apos;enregistrer la demande de retrait : %1</translation>
    </message>
    <message>
        <source>business rule</source>
        <translation>règle métier</translation>
    </message>
    <message>
        <source>sharing configuration</source>
        <translation>configuration de partage</translation>
    </message>
    <message>
        <source>Cannot save the source: the name is empty; give it a name.</source>
        <translation>Impossible d&apos;enregistrer la source : le nom est vide. Donnez-lui un nom.</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: the kind &quot;%2&quot; is not one of %3.</source>
        <translation>Impossible d&apos;enregistrer la source « %1 » : le type &quot;%2&quot; ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: another source of this profile has that name; choose another.</source>
        <translation>Impossible d&apos;enregistrer la source « %1 » : une autre source de ce profil porte ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer la source « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot remove source %1: %2</source>
        <translation>Impossible de supprimer la source %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save where source %1 stopped pulling: there is no such source in %2 (was it removed?).</source>
        <translation>Impossible d&apos;enregistrer où la source %1 a cessé de récupérer : cette source n&apos;existe pas dans %2 (a-t-elle été supprimée ?).</translation>
    </message>
    <message>
        <source>Cannot save where source %1 stopped pulling: %2</source>
        <translation>Impossible d&apos;enregistrer où la source %1 a cessé de récupérer : %2</translation>
    </message>
    <message>
        <source>Cannot save the %1: the name is empty; give it a name.</source>
        <translation>Impossible d&apos;enregistrer la %1 : le nom est vide. Donnez-lui un nom.</translation>
    </message>
    <message>
        <source>Cannot save the %1 &quot;%2&quot;: another one has that name; choose another.</source>
        <translation>Impossible d&apos;enregistrer la %1 « %2 » : une autre porte ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot save the %1 &quot;%2&quot;: %3</source>
        <translation>Impossible d&apos;enregistrer la %1 « %2 » : %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove the sharing configuration: it still has %n IOC(s) at the destination or awaiting its answer. Retract what it shared first (or let a run finish), then remove it.</source>
        <translation>
            <numerusform>Impossible de supprimer la configuration de partage : elle a encore %n IOC à la destination ou en attente de sa réponse. Retirez d&apos;abord ce qu&apos;elle a partagé (ou laissez une exécution se terminer), puis supprimez-la.</numerusform>
            <numerusform>Impossible de supprimer la configuration de partage : elle a encore %n IOC à la destination ou en attente de sa réponse. Retirez d&apos;abord ce qu&apos;elle a partagé (ou laissez une exécution se terminer), puis supprimez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the %1: %2</source>
        <translation>Impossible de supprimer la %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save the source &quot;%1&quot;: its name holds %2; use plain text on one line.</source>
        <translation>Impossible d&apos;enregistrer la source &quot;%1&quot; : son nom contient %2 ; utilisez du texte brut sur une seule ligne.</translation>
    </message>
    <message>
        <source>Cannot save the %1 &quot;%2&quot;: its name holds %3; use plain text on one line.</source>
        <translation>Impossible d&apos;enregistrer l&apos;élément %1 &quot;%2&quot; : son nom contient %3 ; utilisez du texte brut sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>IocSupport</name>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL: a feed is read from http:// or https:// (or give a file path)</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http(s) : un flux se lit depuis http:// ou https:// (ou indiquez un chemin de fichier)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL: expected http://HOST/PATH or https://HOST/PATH</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http(s) : http://HOST/PATH ou https://HOST/PATH attendu</translation>
    </message>
    <message>
        <source>interrupted while reading %1</source>
        <translation>interrompu pendant la lecture de %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 a répondu HTTP %2 %3</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3</source>
        <translation>--%1 : nombre entier de %2 à %3 attendu</translation>
    </message>
    <message>
        <source>--scope: required: account:ID, site:ID or group:ID (where the IOCs go)</source>
        <translation>--scope : obligatoire : account:ID, site:ID ou group:ID (où vont les IOC)</translation>
    </message>
    <message>
        <source>--scope: &quot;%1&quot; is not account:ID, site:ID or group:ID</source>
        <translation>--scope : &quot;%1&quot; n&apos;est pas account:ID, site:ID ou group:ID</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: avertissement : %3</translation>
    </message>
    <message>
        <source>%1: %2 more warnings</source>
        <translation>%1 : %2 avertissements de plus</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1 : remarque : %2</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not a source kind; expected %2</source>
        <translation>kind : &quot;%1&quot; n&apos;est pas un type de source ; attendu : %2</translation>
    </message>
    <message>
        <source>settings.%1: not a setting of a %2 source; expected %3</source>
        <translation>settings.%1 : pas un paramètre d&apos;une source %2 ; attendu : %3</translation>
    </message>
    <message>
        <source>settings: a feed has either a url (http or https) or a file, not %1</source>
        <translation>settings : un flux a soit une url (http ou https), soit un file, pas %1</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>aucun des deux</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>settings.url: &quot;%1&quot; is not an http(s) URL; expected http://HOST/PATH or https://HOST/PATH</source>
        <translation>settings.url : &quot;%1&quot; n&apos;est pas une URL http(s) ; http://HOST/PATH ou https://HOST/PATH attendu</translation>
    </message>
    <message>
        <source>settings.format: &quot;%1&quot; is not a format; expected text, csv, stix or auto</source>
        <translation>settings.format : &quot;%1&quot; n&apos;est pas un format ; attendu : text, csv, stix ou auto</translation>
    </message>
    <message>
        <source>settings.hashTypes: &quot;%1&quot; is not a hash type; expected sha256, md5 or sha1</source>
        <translation>settings.hashTypes : &quot;%1&quot; n&apos;est pas un type de hachage ; attendu : sha256, md5 ou sha1</translation>
    </message>
    <message>
        <source>settings.analystVerdicts: &quot;%1&quot; is not a verdict; expected %2</source>
        <translation>settings.analystVerdicts : &quot;%1&quot; n&apos;est pas un verdict ; attendu : %2</translation>
    </message>
    <message>
        <source>settings.initialDays: expected a whole number of days from 1 to 3650</source>
        <translation>settings.initialDays : nombre entier de jours de 1 à 3650 attendu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sites: %1; verdicts: %2; %3; first %4 days</source>
        <translation>sites : %1 ; verdicts : %2 ; %3 ; %4 premiers jours</translation>
    </message>
    <message>
        <source>the profile&apos;s</source>
        <translation>ceux du profil</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>score &gt;= %1; labels: %2; up to %3; first %4 days</source>
        <translation>score &gt;= %1 ; libellés : %2 ; jusqu&apos;à %3 ; %4 premiers jours</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1, collection %2 (%3)</source>
        <translation>%1, collection %2 (%3)</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>aucune source nommée &quot;%1&quot; ; &apos;s1bridge-cli sources list&apos; les affiche</translation>
    </message>
    <message>
        <source>Created the manual source &quot;%1&quot;.</source>
        <translation>Source manuelle &quot;%1&quot; créée.</translation>
    </message>
    <message>
        <source>%1: there is no source named &quot;%2&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>%1 : il n&apos;y a pas de source nommée &quot;%2&quot; ; &apos;s1bridge-cli sources list&apos; les affiche</translation>
    </message>
    <message>
        <source>Would create: %1</source>
        <translation>Créerait : %1</translation>
    </message>
    <message>
        <source>Would renew: %1</source>
        <translation>Renouvellerait : %1</translation>
    </message>
    <message>
        <source>Would retract: %1</source>
        <translation>Retirerait : %1</translation>
    </message>
    <message>
        <source>Sent by an interrupted run, read back first: %1</source>
        <translation>Envoyé par une exécution interrompue, relu d&apos;abord : %1</translation>
    </message>
    <message>
        <source>%1 created, %2 renewed, %3 retracted, %4 refused, %5 unchanged, %6 reconciled (%7 requests, %8 POSTs)</source>
        <translation>%1 créés, %2 renouvelés, %3 retirés, %4 refusés, %5 inchangés, %6 rapprochés (%7 requêtes, %8 POST)</translation>
    </message>
</context>
<context>
    <name>IocTableModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non partagé</translation>
    </message>
    <message>
        <source>retraction asked</source>
        <translation>retrait demandé</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu en premier</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
</context>
<context>
    <name>IocsCommand</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés, %4 rejetés</translation>
    </message>
    <message>
        <source>The IOC store of the profile: add, import, list, show and retract indicators of compromise.</source>
        <translation>Le magasin d&apos;IOC du profil : ajouter, importer, lister, afficher et retirer des indicateurs de compromission.</translation>
    </message>
    <message>
        <source>Store the valid values even when some are refused (they are still listed on stderr).</source>
        <translation>Enregistrer les valeurs valides même si certaines sont refusées (elles sont quand même listées sur stderr).</translation>
    </message>
    <message>
        <source>Into the manual source NAME (default &quot;manual&quot;).</source>
        <translation>Dans la source manuelle NAME (&quot;manual&quot; par défaut).</translation>
    </message>
    <message>
        <source>Add values of one type to the manual source of the profile.</source>
        <translation>Ajouter des valeurs d&apos;un même type à la source manuelle du profil.</translation>
    </message>
    <message>
        <source>TYPE is one of %1. Each value is normalized and checked (hex length of hashes,
URL scheme and host, IDNA domains, canonical IP addresses; defanged text re-fanged
with a warning). A refused value is listed on stderr with the reason and nothing is
stored (exit 2) unless --skip-invalid is given. The source &quot;manual&quot; (or --source
NAME) of the profile is created on first use. Prints: N new, M updated, K unchanged,
R rejected.</source>
        <translation>TYPE est l&apos;un de %1. Chaque valeur est normalisée et vérifiée (longueur hexadécimale des hachages,
schéma et hôte des URL, domaines IDNA, adresses IP canoniques ; texte neutralisé restauré avec un
avertissement). Une valeur refusée est listée sur stderr avec la raison et rien n&apos;est enregistré
(sortie 2), sauf si --skip-invalid est indiqué. La source &quot;manual&quot; (ou --source NAME) du profil est
créée à la première utilisation. Affiche : N nouveaux, M mis à jour, K inchangés, R rejetés.</translation>
    </message>
    <message>
        <source>A description for the values.</source>
        <translation>Une description pour les valeurs.</translation>
    </message>
    <message>
        <source>Labels, separated by commas.</source>
        <translation>Libellés, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Import a file or an http(s) URL of IOCs (text, CSV or STIX 2.1).</source>
        <translation>Importer un fichier ou une URL http(s) d&apos;IOC (texte, CSV ou STIX 2.1).</translation>
    </message>
    <message>
        <source>The format is detected from the content unless --format is given: plain text (one value a
line, type detected, # and ; comments), CSV (a header naming the columns: value, type,
description, valid until, severity, labels ...) or a STIX 2.1 bundle. Every refused line is
listed on stderr as FILE:LINE: reason; then nothing is stored (exit 2) unless
--skip-invalid is given. Prints: N new, M updated, K unchanged, R rejected.
For a feed re-read on every pull, add it as a source: &apos;sources add NAME feed --url URL&apos;.</source>
        <translation>Le format est détecté d&apos;après le contenu, sauf si --format est indiqué : texte brut (une valeur par
ligne, type détecté, commentaires # et ;), CSV (un en-tête nommant les colonnes : value, type,
description, valid until, severity, labels ...) ou un bundle STIX 2.1. Chaque ligne refusée est
listée sur stderr sous la forme FILE:LINE: raison ; rien n&apos;est alors enregistré (sortie 2), sauf si
--skip-invalid est indiqué. Affiche : N nouveaux, M mis à jour, K inchangés, R rejetés.
Pour un flux relu à chaque récupération, ajoutez-le comme source : &apos;sources add NAME feed --url URL&apos;.</translation>
    </message>
    <message>
        <source>text, csv, stix or auto (default).</source>
        <translation>text, csv, stix ou auto (par défaut).</translation>
    </message>
    <message>
        <source>List the stored IOCs (filters: --type, --source, --state).</source>
        <translation>Lister les IOC enregistrés (filtres : --type, --source, --state).</translation>
    </message>
    <message>
        <source>Columns: type, value, sources, last seen, valid until, state (per sharing
configuration). Read from the store page by page. --json prints an array of objects,
--csv a header row and one row per IOC (CRLF line ends, RFC 4180 quoting; a field
starting with = + - @ defused with a leading &apos;).</source>
        <translation>Colonnes : type, valeur, sources, vu en dernier, valide jusqu&apos;au, état (par configuration
de partage). Lu depuis le magasin page par page. --json affiche un tableau d&apos;objets,
--csv une ligne d&apos;en-tête et une ligne par IOC (fins de ligne CRLF, guillemets selon la RFC 4180 ;
un champ commençant par = + - @ est neutralisé par un &apos; initial).</translation>
    </message>
    <message>
        <source>Only IOCs of these types (separated by commas).</source>
        <translation>Uniquement les IOC de ces types (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only IOCs the source NAME reports.</source>
        <translation>Uniquement les IOC signalés par la source NAME.</translation>
    </message>
    <message>
        <source>Only IOCs with a share in this state: %1.</source>
        <translation>Uniquement les IOC ayant un partage dans cet état : %1.</translation>
    </message>
    <message>
        <source>Print CSV on stdout.</source>
        <translation>Afficher du CSV sur stdout.</translation>
    </message>
    <message>
        <source>Show an IOC: its fields, every source that reported it, its shares.</source>
        <translation>Afficher un IOC : ses champs, chaque source qui l&apos;a signalé, ses partages.</translation>
    </message>
    <message>
        <source>Ask for IOCs to be retracted from every sharing configuration&apos;s destination.</source>
        <translation>Demander le retrait d&apos;IOC de la destination de chaque configuration de partage.</translation>
    </message>
    <message>
        <source>The next share run deletes them at the destination and never creates them there
again. A value that is not in the store is an error (exit 2); nothing is changed.</source>
        <translation>La prochaine exécution de partage les supprime à la destination et ne les y recrée jamais.
Une valeur absente du magasin est une erreur (sortie 2) ; rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Share a file&apos;s IOCs to the console at once (text, CSV or STIX 2.1).</source>
        <translation>Partager immédiatement les IOC d&apos;un fichier avec la console (texte, CSV ou STIX 2.1).</translation>
    </message>
    <message>
        <source>The values go through the same checks as &apos;iocs import&apos; into the manual source &quot;push&quot; of the
profile, then the sharing configuration &quot;push SCOPE&quot; (everything from that source, saved
disabled so &apos;run&apos; does not repeat it) shares them to the scope at once. Refused lines are
listed on stderr as FILE:LINE: reason; the valid values are still shared. Pushing the same
file again sends nothing; a push that was killed resumes when run again, nothing sent twice.
Prints the store&apos;s and the share&apos;s counts. Exit codes as &apos;sharing run&apos;.</source>
        <translation>Les valeurs passent par les mêmes vérifications que &apos;iocs import&apos; vers la source manuelle &quot;push&quot; du
profil, puis la configuration de partage &quot;push SCOPE&quot; (tout ce qui vient de cette source, enregistrée
désactivée pour que &apos;run&apos; ne la répète pas) les partage immédiatement avec la portée. Les lignes refusées
sont listées sur stderr sous la forme FILE:LINE: raison ; les valeurs valides sont quand même partagées.
Envoyer à nouveau le même fichier n&apos;envoie rien ; un envoi interrompu reprend à la prochaine exécution,
rien n&apos;est envoyé deux fois. Affiche les compteurs du magasin et du partage. Codes de sortie comme &apos;sharing run&apos;.</translation>
    </message>
    <message>
        <source>Where the IOCs go: account:ID, site:ID or group:ID.</source>
        <translation>Où vont les IOC : account:ID, site:ID ou group:ID.</translation>
    </message>
    <message>
        <source>Days the IOCs live at the console (cut to SentinelOne&apos;s caps).</source>
        <translation>Jours de validité des IOC sur la console (ramenés aux plafonds de SentinelOne).</translation>
    </message>
    <message>
        <source>The `source` written on each IOC (default &quot;S1 Bridge&quot;).</source>
        <translation>La `source` écrite sur chaque IOC (&quot;S1 Bridge&quot; par défaut).</translation>
    </message>
    <message>
        <source>IOCs per request (default %1).</source>
        <translation>IOC par requête (%1 par défaut).</translation>
    </message>
    <message>
        <source>Pace below the console&apos;s rate limit (default %1; 0: no pacing).</source>
        <translation>Rythme sous la limite de débit de la console (%1 par défaut ; 0 : pas de limitation).</translation>
    </message>
    <message>
        <source>Store the values, send nothing: say what would be sent.</source>
        <translation>Enregistrer les valeurs, ne rien envoyer : indiquer ce qui serait envoyé.</translation>
    </message>
    <message>
        <source>--csv and --json cannot be combined: choose one output format</source>
        <translation>--csv et --json ne peuvent pas être combinés : choisissez un format de sortie</translation>
    </message>
    <message>
        <source>unknown IOC type &quot;%1&quot;; expected one of %2</source>
        <translation>type d&apos;IOC inconnu &quot;%1&quot; ; attendu : l&apos;un de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) refused; nothing was stored (correct them, or give --skip-invalid to store the others)</source>
        <translation>
            <numerusform>%n valeur refusée ; rien n&apos;a été enregistré (corrigez-la, ou indiquez --skip-invalid pour enregistrer les autres)</numerusform>
            <numerusform>%n valeurs refusées ; rien n&apos;a été enregistré (corrigez-les, ou indiquez --skip-invalid pour enregistrer les autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is a %2 source, filled by &apos;sources pull&apos;; add values to a manual source</source>
        <translation>la source &quot;%1&quot; est une source %2, alimentée par &apos;sources pull&apos; ; ajoutez des valeurs à une source manuelle</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; expected text, csv, stix or auto</source>
        <translation>--format : &quot;%1&quot; n&apos;est pas un format ; attendu : text, csv, stix ou auto</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is a %2 source, filled by &apos;sources pull&apos;; import into a manual source</source>
        <translation>la source &quot;%1&quot; est une source %2, alimentée par &apos;sources pull&apos; ; importez dans une source manuelle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refused; nothing was stored (correct them, or give --skip-invalid to store the others)</source>
        <translation>
            <numerusform>%1 : %n ligne refusée ; rien n&apos;a été enregistré (corrigez-la, ou indiquez --skip-invalid pour enregistrer les autres)</numerusform>
            <numerusform>%1 : %n lignes refusées ; rien n&apos;a été enregistré (corrigez-les, ou indiquez --skip-invalid pour enregistrer les autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refused; the %2 valid value(s) are shared</source>
        <translation>
            <numerusform>%1 : %n ligne refusée ; les %2 valeurs valides sont partagées</numerusform>
            <numerusform>%1 : %n lignes refusées ; les %2 valeurs valides sont partagées</numerusform>
        </translation>
    </message>
    <message>
        <source>--type: unknown IOC type &quot;%1&quot;; expected %2</source>
        <translation>--type : type d&apos;IOC inconnu &quot;%1&quot; ; attendu : %2</translation>
    </message>
    <message>
        <source>--source: no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>--source : aucune source nommée &quot;%1&quot; ; &apos;s1bridge-cli sources list&apos; les affiche</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not a share state; expected %2</source>
        <translation>--state : &quot;%1&quot; n&apos;est pas un état de partage ; attendu : %2</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VU EN DERNIER</translation>
    </message>
    <message>
        <source>VALID UNTIL</source>
        <translation>VALIDE JUSQU&apos;AU</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source> (retract asked)</source>
        <translation> (retrait demandé)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non partagé</translation>
    </message>
    <message>
        <source>No IOCs match.</source>
        <translation>Aucun IOC ne correspond.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the IOC store</source>
        <translation>&quot;%1&quot; n&apos;est pas dans la base d&apos;IOC</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Première détection :</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Dernière détection :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Libellés :</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>no longer reported</source>
        <translation>plus signalé</translation>
    </message>
    <message>
        <source>  SOURCE</source>
        <translation>  SOURCE</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>PREMIÈRE DÉTECTION</translation>
    </message>
    <message>
        <source>Shares: none</source>
        <translation>Partages : aucun</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Partages :</translation>
    </message>
    <message>
        <source>  SHARING</source>
        <translation>  PARTAGE</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ID DISTANT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>%1: not in the IOC store</source>
        <translation>%1 : absent de la base d&apos;IOC</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not in the IOC store; nothing was changed</source>
        <translation>
            <numerusform>%n valeur absente de la base d&apos;IOC ; rien n&apos;a été modifié</numerusform>
            <numerusform>%n valeurs absentes de la base d&apos;IOC ; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IOC(s) found, but none is shared or pending at a destination: nothing to retract (to keep an IOC from ever being shared, put it on a rule&apos;s exclusion list).</source>
        <translation>
            <numerusform>%n IOC trouvé, mais il n&apos;est ni partagé ni en attente sur une destination : rien à retirer (pour qu&apos;un IOC ne soit jamais partagé, placez-le dans la liste d&apos;exclusion d&apos;une règle).</numerusform>
            <numerusform>%n IOC trouvés, mais aucun n&apos;est partagé ou en attente sur une destination : rien à retirer (pour qu&apos;un IOC ne soit jamais partagé, placez-le dans la liste d&apos;exclusion d&apos;une règle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IOC(s) marked for retraction (%1 share(s) in sharing configurations); the next share run deletes them at the destination and does not share them there again.</source>
        <translation>
            <numerusform>%n IOC marqué pour retrait (%1 partage(s) dans des configurations de partage) ; la prochaine exécution de partage le supprime de la destination et ne l&apos;y partage plus.</numerusform>
            <numerusform>%n IOC marqués pour retrait (%1 partage(s) dans des configurations de partage) ; la prochaine exécution de partage les supprime de la destination et ne les y partage plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IocsTab</name>
    <message>
        <source>Newest IOCs first</source>
        <translation>IOC les plus récents en premier</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add an IOC by hand to the profile&apos;s Manual source</source>
        <translation>Ajouter manuellement un IOC à la source manuelle du profil</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Import a file of IOCs (text, CSV or STIX 2.1)</source>
        <translation>Importer un fichier d&apos;IOC (texte, CSV ou STIX 2.1)</translation>
    </message>
    <message>
        <source>&amp;Retract</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected IOCs from every destination they were shared to</source>
        <translation>Retirer les IOC sélectionnés de toutes les destinations où ils ont été partagés</translation>
    </message>
    <message>
        <source>&amp;Copy values</source>
        <translation>&amp;Copier les valeurs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export every IOC matching the filters to a CSV file</source>
        <translation>Exporter tous les IOC correspondant aux filtres dans un fichier CSV</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Any share state</source>
        <translation>Tous les états de partage</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Toutes les destinations</translation>
    </message>
    <message>
        <source>Value, name or description contains…</source>
        <translation>La valeur, le nom ou la description contient…</translation>
    </message>
    <message>
        <source>Filter te&amp;xt:</source>
        <translation>&amp;Texte du filtre :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No IOC store</source>
        <translation>Aucune base d&apos;IOC</translation>
    </message>
    <message numerus="yes">
        <source>%1 IOC(s)</source>
        <translation>
            <numerusform>%1 IOC</numerusform>
            <numerusform>%1 IOC</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Retract &amp;from</source>
        <translation>Retirer &amp;de</translation>
    </message>
    <message>
        <source>From &amp;every destination</source>
        <translation>De toutes les desti&amp;nations</translation>
    </message>
    <message numerus="yes">
        <source>Retraction of %Ln IOC(s) asked from every destination</source>
        <translation>
            <numerusform>Retrait de %Ln IOC demandé sur toutes les destinations</numerusform>
            <numerusform>Retrait de %Ln IOC demandé sur toutes les destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retraction of %Ln IOC(s) asked from %1</source>
        <translation>
            <numerusform>Retrait de %Ln IOC demandé sur %1</numerusform>
            <numerusform>Retrait de %Ln IOC demandé sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; none of them is shared there, nothing to remove.</source>
        <translation>; aucun d&apos;eux n&apos;y est partagé, rien à supprimer.</translation>
    </message>
    <message>
        <source>; running %1 now to remove them.</source>
        <translation>; exécution de %1 maintenant pour les supprimer.</translation>
    </message>
    <message>
        <source>%1 could not start now (running already, or another profile&apos;s): it removes them at its next run.</source>
        <translation>%1 n&apos;a pas pu démarrer maintenant (déjà en cours, ou tâche d&apos;un autre profil) : elle les supprimera à sa prochaine exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln value(s).</source>
        <translation>
            <numerusform>%Ln valeur copiée.</numerusform>
            <numerusform>%Ln valeurs copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the IOC: the profile&apos;s source &quot;%1&quot; is not a manual source. Rename it in the Sources tab.</source>
        <translation>Impossible d&apos;ajouter l&apos;IOC : la source « %1 » du profil n&apos;est pas une source manuelle. Renommez-la dans l&apos;onglet « Sources ».</translation>
    </message>
    <message>
        <source>Added %1 %2 to %3.</source>
        <translation>%1 %2 ajouté à %3.</translation>
    </message>
    <message>
        <source>%1 %2 was known already; %3 reports it now.</source>
        <translation>%1 %2 était déjà connu ; %3 le signale désormais.</translation>
    </message>
    <message>
        <source>Import IOCs</source>
        <translation>Importer des IOC</translation>
    </message>
    <message>
        <source>IOC files (*.txt *.csv *.json *.stix);;All files (*)</source>
        <translation>Fichiers d&apos;IOC (*.txt *.csv *.json *.stix);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export IOCs</source>
        <translation>Exporter des IOC</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export: no profile is open to run the export in.</source>
        <translation>Export impossible : aucun profil n&apos;est ouvert pour y exécuter l&apos;export.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
    <message>
        <source>The export could not be started.</source>
        <translation>L&apos;export n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Exporting the IOCs to %1…</source>
        <translation>Export des IOC vers %1…</translation>
    </message>
    <message>
        <source>IOCs</source>
        <translation>IOCs</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Filtre de destination</translation>
    </message>
    <message>
        <source>Search IOCs</source>
        <translation>Rechercher des IOCs</translation>
    </message>
</context>
<context>
    <name>IpCollectionParser</name>
    <message>
        <source>Read as CSV with a header row: the column &quot;%1&quot; (column %2) holds the entries.</source>
        <translation>Lu comme CSV avec ligne d&apos;en-tête : la colonne &quot;%1&quot; (colonne %2) contient les entrées.</translation>
    </message>
    <message>
        <source>Read as CSV without a header row: column %1 holds the entries.</source>
        <translation>Lu comme CSV sans ligne d&apos;en-tête : la colonne %1 contient les entrées.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); the entries are in column %1.</source>
        <translation>
            <numerusform>La ligne a %n champ ; les entrées sont dans la colonne %1.</numerusform>
            <numerusform>La ligne a %n champs ; les entrées sont dans la colonne %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpEntry</name>
    <message>
        <source>%1 is not an IP address, CIDR block or range; expected an address such as 192.0.2.1 or 2001:db8::1, a block such as 10.0.0.0/8, or a range such as 10.0.0.1-10.0.0.9.</source>
        <translation>%1 n&apos;est ni une adresse IP, ni un bloc CIDR, ni une plage ; attendu : une adresse comme 192.0.2.1 ou 2001:db8::1, un bloc comme 10.0.0.0/8 ou une plage comme 10.0.0.1-10.0.0.9.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n number(s); an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>
            <numerusform>%1 a %n nombre ; une adresse IPv4 comporte quatre nombres de 0 à 255 séparés par des points, comme 192.0.2.1.</numerusform>
            <numerusform>%1 a %n nombres ; une adresse IPv4 comporte quatre nombres de 0 à 255 séparés par des points, comme 192.0.2.1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an empty number between dots; an IPv4 address has four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>%1 a un nombre vide entre deux points ; une adresse IPv4 comporte quatre nombres de 0 à 255 séparés par des points, comme 192.0.2.1.</translation>
    </message>
    <message>
        <source>%1: %2 is over 255; each of the four numbers of an IPv4 address is from 0 to 255.</source>
        <translation>%1 : %2 dépasse 255 ; chacun des quatre nombres d&apos;une adresse IPv4 va de 0 à 255.</translation>
    </message>
    <message>
        <source>write %1 or %2</source>
        <translation>écrivez %1 ou %2</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>écrivez %1</translation>
    </message>
    <message>
        <source>write each number from 0 to 255 without leading zeros</source>
        <translation>écrivez chaque nombre de 0 à 255 sans zéros initiaux</translation>
    </message>
    <message>
        <source>%1: leading zeros are ambiguous (octal or decimal?); %2.</source>
        <translation>%1 : les zéros initiaux sont ambigus (octal ou décimal ?) ; %2.</translation>
    </message>
    <message>
        <source>%1 has &quot;::&quot; more than once; &quot;::&quot; stands for one run of zero groups and is written at most once, as in 2001:db8::1.</source>
        <translation>%1 contient &quot;::&quot; plus d&apos;une fois ; &quot;::&quot; représente une suite de groupes nuls et s&apos;écrit une fois au plus, comme dans 2001:db8::1.</translation>
    </message>
    <message>
        <source>%1 has an IPv4 address before its last group; an IPv4 part may only end an IPv6 address, as in ::ffff:192.0.2.1.</source>
        <translation>%1 a une adresse IPv4 avant son dernier groupe ; une partie IPv4 ne peut que terminer une adresse IPv6, comme dans ::ffff:192.0.2.1.</translation>
    </message>
    <message>
        <source>%1 has an empty group; IPv6 groups are separated by single colons, with &quot;::&quot; written once for a run of zero groups.</source>
        <translation>%1 a un groupe vide ; les groupes IPv6 sont séparés par un seul deux-points, &quot;::&quot; s&apos;écrivant une fois pour une suite de groupes nuls.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a group of 1 to 4 hexadecimal digits.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un groupe de 1 à 4 chiffres hexadécimaux.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n group(s); an IPv6 address has eight groups of hexadecimal digits separated by colons, or fewer with &quot;::&quot; standing for a run of zero groups.</source>
        <translation>
            <numerusform>%1 a %n groupe ; une adresse IPv6 comporte huit groupes de chiffres hexadécimaux séparés par des deux-points, ou moins si &quot;::&quot; représente une suite de groupes nuls.</numerusform>
            <numerusform>%1 a %n groupes ; une adresse IPv6 comporte huit groupes de chiffres hexadécimaux séparés par des deux-points, ou moins si &quot;::&quot; représente une suite de groupes nuls.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is empty; expected an IP address such as 192.0.2.1 or 2001:db8::1.</source>
        <translation>L&apos;adresse est vide ; attendu : une adresse IP comme 192.0.2.1 ou 2001:db8::1.</translation>
    </message>
    <message>
        <source>%1 carries the zone id &quot;%2&quot;, which names a network interface of one machine and cannot be blocked; remove &quot;%2&quot; and keep the address.</source>
        <translation>%1 porte l&apos;identifiant de zone &quot;%2&quot;, qui désigne une interface réseau d&apos;une seule machine et ne peut pas être bloqué ; supprimez &quot;%2&quot; et conservez l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1: the prefix /%2 is too long; an IPv6 block has a prefix from /0 to /128.</source>
        <translation>%1 : le préfixe /%2 est trop long ; un bloc IPv6 a un préfixe de /0 à /128.</translation>
    </message>
    <message>
        <source>%1: the prefix /%2 is too long; an IPv4 block has a prefix from /0 to /32.</source>
        <translation>%1 : le préfixe /%2 est trop long ; un bloc IPv4 a un préfixe de /0 à /32.</translation>
    </message>
    <message>
        <source>%1: the netmask %2 is not contiguous; write the block with a prefix length, such as 10.0.0.0/8.</source>
        <translation>%1 : le masque réseau %2 n&apos;est pas contigu ; écrivez le bloc avec une longueur de préfixe, comme 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>%1: the prefix &quot;%2&quot; is not a number; expected /0 to /128 after an IPv6 address, such as 2001:db8::/32.</source>
        <translation>%1 : le préfixe &quot;%2&quot; n&apos;est pas un nombre ; attendu : /0 à /128 après une adresse IPv6, comme 2001:db8::/32.</translation>
    </message>
    <message>
        <source>%1: the prefix &quot;%2&quot; is not a number; expected /0 to /32 after an IPv4 address, such as 10.0.0.0/8.</source>
        <translation>%1 : le préfixe &quot;%2&quot; n&apos;est pas un nombre ; attendu : /0 à /32 après une adresse IPv4, comme 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>The entry is empty; expected an IP address (192.0.2.1), a CIDR block (10.0.0.0/8) or a range (10.0.0.1-10.0.0.9).</source>
        <translation>L&apos;entrée est vide ; attendu : une adresse IP (192.0.2.1), un bloc CIDR (10.0.0.0/8) ou une plage (10.0.0.1-10.0.0.9).</translation>
    </message>
    <message>
        <source>%1 carries a port; a collection holds addresses only: write %2 (the rule&apos;s remote port is part of its template).</source>
        <translation>%1 comporte un port ; une collection ne contient que des adresses : écrivez %2 (le port distant de la règle fait partie de son modèle).</translation>
    </message>
    <message>
        <source>%1 is a range without its first address; expected two addresses, as in 10.0.0.1-10.0.0.9.</source>
        <translation>%1 est une plage sans première adresse ; attendu : deux adresses, comme dans 10.0.0.1-10.0.0.9.</translation>
    </message>
    <message>
        <source>%1 is a range without its last address; expected two addresses, as in 10.0.0.1-10.0.0.9.</source>
        <translation>%1 est une plage sans dernière adresse ; attendu : deux adresses, comme dans 10.0.0.1-10.0.0.9.</translation>
    </message>
    <message>
        <source>%1 mixes a range and a CIDR block; write either a block (10.0.0.0/8) or a range of two addresses (10.0.0.1-10.0.0.9).</source>
        <translation>%1 mélange une plage et un bloc CIDR ; écrivez soit un bloc (10.0.0.0/8), soit une plage de deux adresses (10.0.0.1-10.0.0.9).</translation>
    </message>
    <message>
        <source>%1 mixes IPv4 and IPv6; both ends of a range are of the same family.</source>
        <translation>%1 mélange IPv4 et IPv6 ; les deux extrémités d&apos;une plage appartiennent à la même famille.</translation>
    </message>
    <message>
        <source>%1: the end is before the start; write the lower address first (%2-%3).</source>
        <translation>%1 : la fin précède le début ; écrivez d&apos;abord l&apos;adresse la plus basse (%2-%3).</translation>
    </message>
    <message>
        <source>%1 has host bits set; taken as %2.</source>
        <translation>%1 a des bits d&apos;hôte définis ; interprété comme %2.</translation>
    </message>
</context>
<context>
    <name>IpSet</name>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 est répété.</translation>
    </message>
    <message>
        <source>%1 holds the same addresses as %2.</source>
        <translation>%1 contient les mêmes adresses que %2.</translation>
    </message>
    <message>
        <source>%1 is inside %2.</source>
        <translation>%1 est inclus dans %2.</translation>
    </message>
    <message>
        <source>%1 overlaps %2; both are kept.</source>
        <translation>%1 chevauche %2 ; les deux sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated entry(s) removed.</source>
        <translation>
            <numerusform>%n entrée répétée supprimée.</numerusform>
            <numerusform>%n entrées répétées supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) merged into a wider entry that holds them.</source>
        <translation>
            <numerusform>%n entrée fusionnée dans une entrée plus large qui la contient.</numerusform>
            <numerusform>%n entrées fusionnées dans une entrée plus large qui les contient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) overlap another entry; both are kept.</source>
        <translation>
            <numerusform>%n entrée chevauche une autre entrée ; les deux sont conservées.</numerusform>
            <numerusform>%n entrées chevauchent une autre entrée ; les deux sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregation into CIDR blocks saved %n entry(s).</source>
        <translation>
            <numerusform>L&apos;agrégation en blocs CIDR a économisé %n entrée.</numerusform>
            <numerusform>L&apos;agrégation en blocs CIDR a économisé %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregation into CIDR blocks added %n entry(s) (ranges split into blocks).</source>
        <translation>
            <numerusform>L&apos;agrégation en blocs CIDR a ajouté %n entrée (plages découpées en blocs).</numerusform>
            <numerusform>L&apos;agrégation en blocs CIDR a ajouté %n entrées (plages découpées en blocs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IsoDuration</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration; write for example PT5M (5 minutes), PT1H (1 hour) or P1D (1 day).</source>
        <translation>&quot;%1&quot; n&apos;est pas une durée ISO 8601 ; écrivez par exemple PT5M (5 minutes), PT1H (1 heure) ou P1D (1 jour).</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is zero; use at least one second.</source>
        <translation>La durée &quot;%1&quot; est nulle ; utilisez au moins une seconde.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>chaque heure</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>chaque minute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>à intervalles de %1</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is longer than 100 years; write a shorter one, for example P1D (1 day).</source>
        <translation>La durée « %1 » dépasse 100 ans ; indiquez-en une plus courte, par exemple P1D (1 jour).</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot record the start of a job: it has no kind. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer le début d&apos;une tâche : elle n&apos;a pas de type. Il s&apos;agit d&apos;un bogue de S1 Bridge, veuillez le signaler.</translation>
    </message>
    <message>
        <source>Cannot record the start of the job &quot;%1&quot; in the job history: %2</source>
        <translation>Impossible d&apos;enregistrer le début de la tâche « %1 » dans l&apos;historique des tâches : %2</translation>
    </message>
    <message>
        <source>Cannot record the end of the job &quot;%1&quot;: it has not finished. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer la fin de la tâche « %1 » : elle n&apos;est pas terminée. Il s&apos;agit d&apos;un bogue de S1 Bridge, veuillez le signaler.</translation>
    </message>
    <message>
        <source>Cannot record the end of a job as still running. This is a bug of S1 Bridge, please report it.</source>
        <translation>Impossible d&apos;enregistrer la fin d&apos;une tâche comme étant toujours en cours. Il s&apos;agit d&apos;un bogue de S1 Bridge, veuillez le signaler.</translation>
    </message>
    <message>
        <source>Cannot record the end of the job in the job history: %1</source>
        <translation>Impossible d&apos;enregistrer la fin de la tâche dans l&apos;historique des tâches : %1</translation>
    </message>
    <message>
        <source>Cannot record the end of the job: run %1 is not running in the job history (it was already finished, marked interrupted or removed).</source>
        <translation>Impossible d&apos;enregistrer la fin de la tâche : l&apos;exécution %1 n&apos;est pas en cours dans l&apos;historique des tâches (elle était déjà terminée, marquée comme interrompue ou supprimée).</translation>
    </message>
    <message>
        <source>[log truncated: further lines were not kept]</source>
        <translation>[journal tronqué : les lignes suivantes n&apos;ont pas été conservées]</translation>
    </message>
    <message>
        <source>Cannot add to the log of the job in the job history: %1</source>
        <translation>Impossible d&apos;ajouter au journal de la tâche dans l&apos;historique des tâches : %1</translation>
    </message>
    <message>
        <source>Interrupted (S1 Bridge stopped during the run)</source>
        <translation>Interrompue (S1 Bridge s&apos;est arrêté pendant l&apos;exécution)</translation>
    </message>
    <message>
        <source>Cannot mark the interrupted jobs in the job history: %1</source>
        <translation>Impossible de marquer les tâches interrompues dans l&apos;historique des tâches : %1</translation>
    </message>
    <message>
        <source>Cannot clean up the job history: the retention must be 0 days or more (got %1).</source>
        <translation>Impossible de nettoyer l&apos;historique des tâches : la durée de conservation doit être de 0 jour ou plus (reçu : %1).</translation>
    </message>
    <message>
        <source>Cannot clean up the job history: %1</source>
        <translation>Impossible de nettoyer l&apos;historique des tâches : %1</translation>
    </message>
</context>
<context>
    <name>JobRunModel</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Compteurs :</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Échecs :</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Exécutions : %1</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Sélectionnez une exécution pour voir ce qu&apos;elle a fait.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>seen %1, done %2, skipped %3, failed %4</source>
        <translation>vus %1, traités %2, ignorés %3, en échec %4</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import now into OpenCTI</source>
        <translation>&amp;Importer maintenant dans OpenCTI</translation>
    </message>
    <message>
        <source>&amp;Refresh runs</source>
        <translation>&amp;Actualiser les exécutions</translation>
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
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation>&amp;Menaces</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>OpenCTI import</source>
        <translation>Import OpenCTI</translation>
    </message>
    <message>
        <source>IOC sharing</source>
        <translation>Partage d&apos;IOC</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About S1 Bridge</source>
        <translation>À &amp;propos de S1 Bridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil : </translation>
    </message>
    <message>
        <source>Switch to another console profile</source>
        <translation>Passer à un autre profil de console</translation>
    </message>
    <message>
        <source>Read the run history again (F5)</source>
        <translation>Relire l&apos;historique des exécutions (F5)</translation>
    </message>
    <message>
        <source>Threats: %1</source>
        <translation>Menaces : %1</translation>
    </message>
    <message>
        <source>Import the selected threats into OpenCTI now, flagged or not (Ctrl+Shift+I)</source>
        <translation>Importer maintenant les menaces sélectionnées dans OpenCTI, marquées ou non (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>S1 Bridge - %1</source>
        <translation>S1 Bridge - %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>No console is configured.</source>
        <translation>Aucune console n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Import into OpenCTI</source>
        <translation>Importer dans OpenCTI</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected threat(s) not flagged for OpenCTI.</source>
        <translation>
            <numerusform>%Ln menace sélectionnée n&apos;est pas marquée pour OpenCTI.</numerusform>
            <numerusform>%Ln menaces sélectionnées ne sont pas marquées pour OpenCTI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing shares them with OpenCTI under this profile&apos;s marking, %1.</source>
        <translation>L&apos;import les partage avec OpenCTI sous le marquage de ce profil, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln threat(s)</source>
        <translation>
            <numerusform>Importer %Ln menace</numerusform>
            <numerusform>Importer %Ln menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>About S1 Bridge</source>
        <translation>À propos de S1 Bridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;S1 Bridge %1&lt;/h3&gt;&lt;p&gt;A SentinelOne administration tool: OpenCTI incident import, threat-intelligence exchange and firewall export, in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;S1 Bridge %1&lt;/h3&gt;&lt;p&gt;Un outil d&apos;administration SentinelOne : import d&apos;incidents dans OpenCTI, échange de renseignements sur les menaces et export de pare-feu, en un seul endroit.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
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
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Arrêter la tâche en cours</translation>
    </message>
    <message>
        <source>Stop the running job: it ends as cancelled, and what the remote side confirmed stays recorded; the next run goes on from there.</source>
        <translation>Arrêter la tâche en cours : elle se termine comme annulée, et ce que le côté distant a confirmé reste enregistré ; la prochaine exécution reprend à partir de là.</translation>
    </message>
</context>
<context>
    <name>ManualSourceEditor</name>
    <message>
        <source>One value a line: a hash, a URL, a domain or an IP address.</source>
        <translation>Une valeur par ligne : un hachage, une URL, un domaine ou une adresse IP.</translation>
    </message>
    <message>
        <source>&amp;Values to add:</source>
        <translation>&amp;Valeurs à ajouter :</translation>
    </message>
    <message>
        <source>Values: at most %L1 lines here; import a longer list as a file from the IOCs tab.</source>
        <translation>Valeurs : %L1 lignes au plus ici ; importez une liste plus longue sous forme de fichier depuis l&apos;onglet « IOC ».</translation>
    </message>
    <message>
        <source>Values, line %1: %2</source>
        <translation>Valeurs, ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n valid value(s) to add.</source>
        <translation>
            <numerusform>%n valeur valide à ajouter.</numerusform>
            <numerusform>%n valeurs valides à ajouter.</numerusform>
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
        <translation>Il n&apos;y a encore aucun profil. Un profil contient l&apos;adresse de votre console SentinelOne et la façon dont S1 Bridge travaille avec elle ; l&apos;assistant de configuration en crée un. Vous pouvez aussi d&apos;abord tout essayer avec le locataire de démonstration, une console simulée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Set up a profile…</source>
        <translation>&amp;Configurer un profil…</translation>
    </message>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation>Essayer le locataire de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>OpenCtiCommand</name>
    <message>
        <source>The OpenCTI incident import: flagged threats become incidents in OpenCTI.</source>
        <translation>L&apos;import d&apos;incidents OpenCTI : les menaces marquées deviennent des incidents dans OpenCTI.</translation>
    </message>
    <message>
        <source>Import flagged threats into OpenCTI as incidents, every sync period.</source>
        <translation>Importer les menaces marquées dans OpenCTI en tant qu&apos;incidents, à chaque période de synchronisation.</translation>
    </message>
    <message>
        <source>Without --once, again every sync period (the profile&apos;s, or CONNECTOR_DURATION_PERIOD,
default PT5M) until SIGTERM or SIGINT. What was imported is kept in the database, so a
threat is never sent twice.</source>
        <translation>Sans --once, de nouveau à chaque période de synchronisation (celle du profil, ou CONNECTOR_DURATION_PERIOD,
par défaut PT5M) jusqu&apos;à SIGTERM ou SIGINT. Ce qui a été importé est conservé dans la base de données, de sorte
qu&apos;une menace n&apos;est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>Import once, then exit.</source>
        <translation>Importer une fois, puis quitter.</translation>
    </message>
    <message>
        <source>Print the STIX bundle a threat would become, for review.</source>
        <translation>Afficher le bundle STIX que deviendrait une menace, pour vérification.</translation>
    </message>
    <message>
        <source>With the import&apos;s options (author, TLP). The bundle is always JSON; --json is accepted.</source>
        <translation>Avec les options de l&apos;import (auteur, TLP). Le bundle est toujours en JSON ; --json est accepté.</translation>
    </message>
    <message>
        <source>What was imported, what waits for OpenCTI&apos;s confirmation, what failed.</source>
        <translation>Ce qui a été importé, ce qui attend la confirmation d&apos;OpenCTI, ce qui a échoué.</translation>
    </message>
    <message>
        <source>Without --json, exit code 4 when some threats failed to import (--json: the counts say it).</source>
        <translation>Sans --json, code de sortie 4 si l&apos;import de certaines menaces a échoué (--json : les compteurs l&apos;indiquent).</translation>
    </message>
    <message>
        <source>Next import %1.</source>
        <translation>Prochain import %1.</translation>
    </message>
    <message>
        <source>the console has no threat %1 (or it is outside this token&apos;s scope)</source>
        <translation>la console n&apos;a pas de menace %1 (ou elle est hors du périmètre de ce jeton)</translation>
    </message>
    <message>
        <source>Imported: %1   waiting for OpenCTI: %2   failed: %3</source>
        <translation>Importées : %1   en attente d&apos;OpenCTI : %2   en échec : %3</translation>
    </message>
    <message>
        <source>Threats updated up to %1 are handled.</source>
        <translation>Les menaces mises à jour jusqu&apos;à %1 sont traitées.</translation>
    </message>
    <message>
        <source>No threat handled yet.</source>
        <translation>Aucune menace traitée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>THREAT ID</source>
        <translation>ID DE MENACE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉ</translation>
    </message>
    <message>
        <source>NAME / ERROR</source>
        <translation>NOM / ERREUR</translation>
    </message>
</context>
<context>
    <name>OpenCtiConfig</name>
    <message>
        <source>OpenCTI URL</source>
        <translation>URL OpenCTI</translation>
    </message>
    <message>
        <source>enter the address of your OpenCTI platform, for example https://opencti.example.com.</source>
        <translation>saisissez l&apos;adresse de votre plateforme OpenCTI, par exemple https://opencti.example.com.</translation>
    </message>
    <message>
        <source>OpenCTI token: paste the API token shown in OpenCTI: your profile, API access.</source>
        <translation>Jeton OpenCTI : collez le jeton d&apos;API affiché dans OpenCTI : votre profil, accès API.</translation>
    </message>
    <message>
        <source>OpenCTI token: the token contains spaces or characters an OpenCTI token never has; paste it again, without line breaks.</source>
        <translation>Jeton OpenCTI : le jeton contient des espaces ou des caractères qu&apos;un jeton OpenCTI ne contient jamais ; collez-le à nouveau, sans sauts de ligne.</translation>
    </message>
</context>
<context>
    <name>OpenCtiDialect</name>
    <message>
        <source>OpenCTI URL: not configured.</source>
        <translation>URL OpenCTI : non configurée.</translation>
    </message>
    <message>
        <source>the JSON answer is not a GraphQL result (no &quot;data&quot; or &quot;errors&quot;)</source>
        <translation>la réponse JSON n&apos;est pas un résultat GraphQL (ni &quot;data&quot; ni &quot;errors&quot;)</translation>
    </message>
    <message>
        <source>the GraphQL answer lists errors without a message</source>
        <translation>la réponse GraphQL liste des erreurs sans message</translation>
    </message>
    <message>
        <source>the GraphQL answer has no data</source>
        <translation>la réponse GraphQL ne contient pas de données</translation>
    </message>
    <message>
        <source>OpenCTI</source>
        <translation>OpenCTI</translation>
    </message>
    <message>
        <source>OpenCTI at %1</source>
        <translation>OpenCTI sur %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>%1 refused the token: it is wrong, expired or revoked. Create or copy the token in OpenCTI: your profile, API access; then enter it again.</source>
        <translation>%1 a refusé le jeton : il est erroné, expiré ou révoqué. Créez ou copiez le jeton dans OpenCTI : votre profil, accès API ; puis saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 accepted the token, but its user may not do %2. Give the user the needed capabilities in OpenCTI (importing needs a user in the &quot;Connectors&quot; group), or use the token of another user.</source>
        <translation>%1 a accepté le jeton, mais son utilisateur n&apos;a pas le droit d&apos;effectuer %2. Donnez à l&apos;utilisateur les capacités nécessaires dans OpenCTI (l&apos;import nécessite un utilisateur du groupe &quot;Connectors&quot;), ou utilisez le jeton d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1 does not offer %2 (HTTP 404). Check the OpenCTI URL and the platform version.</source>
        <translation>%1 ne propose pas %2 (HTTP 404). Vérifiez l&apos;URL OpenCTI et la version de la plateforme.</translation>
    </message>
    <message>
        <source>%1 rejected %2.</source>
        <translation>%1 a rejeté %2.</translation>
    </message>
    <message>
        <source>%1 kept answering &quot;too many requests&quot; (HTTP 429) after every attempt. Wait a few minutes, or raise the maximum number of API attempts.</source>
        <translation>%1 a continué à répondre &quot;too many requests&quot; (HTTP 429) après chaque tentative. Attendez quelques minutes ou augmentez le nombre maximal de tentatives d&apos;API.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2) after every attempt. The platform may be down or still starting; try again later.</source>
        <translation>%1 a répondu par une erreur serveur (HTTP %2) après chaque tentative. La plateforme est peut-être hors service ou encore en cours de démarrage ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 is not an OpenCTI platform: it answered %2 with a web page or unexpected data instead of the GraphQL API. Check the OpenCTI URL (for example https://opencti.example.com).</source>
        <translation>%1 n&apos;est pas une plateforme OpenCTI : il a répondu à %2 par une page web ou des données inattendues au lieu de l&apos;API GraphQL. Vérifiez l&apos;URL OpenCTI (par exemple https://opencti.example.com).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>%1 sent an incomplete or malformed answer for %2 after every attempt.</source>
        <translation>%1 a envoyé une réponse incomplète ou mal formée à %2 après chaque tentative.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3, so reading stopped there and nothing of it was used. An API answer that large is not expected: check that the OpenCTI URL is the platform&apos;s own address (for example https://opencti.example.com), not a proxy or a download.</source>
        <translation>%1 a envoyé pour %2 une réponse dépassant la taille limite de %3 ; la lecture s&apos;est donc arrêtée là et rien n&apos;en a été utilisé. Une réponse d&apos;API aussi volumineuse n&apos;est pas normale : vérifiez que l&apos;URL OpenCTI est bien l&apos;adresse propre de la plateforme (par exemple https://opencti.example.com), et non un proxy ou un téléchargement.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere, so the token was not sent. Use the final OpenCTI address directly if you trust it.</source>
        <translation>%1 a redirigé la requête ailleurs, le jeton n&apos;a donc pas été envoyé. Utilisez directement l&apos;adresse OpenCTI finale si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. If the platform uses a private certificate authority, install it or pin the certificate in the profile&apos;s TLS settings.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n&apos;est pas approuvé. Si la plateforme utilise une autorité de certification privée, installez-la ou épinglez le certificat dans les paramètres TLS du profil.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 did not complete within %3, after every attempt. The platform or the network is very slow right now; try again later.</source>
        <translation>La réponse de %1 à %2 ne s&apos;est pas terminée en %3, après chaque tentative. La plateforme ou le réseau est très lent en ce moment ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: nothing came for %2 while it answered %3, after every attempt. Check the network or the OpenCTI URL.</source>
        <translation>%1 n&apos;a pas répondu à temps : rien n&apos;est arrivé pendant %2 alors qu&apos;il répondait à %3, après chaque tentative. Vérifiez le réseau ou l&apos;URL OpenCTI.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, after every attempt. Check the network or the OpenCTI URL.</source>
        <translation>%1 n&apos;a pas répondu à temps, après chaque tentative. Vérifiez le réseau ou l&apos;URL OpenCTI.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the OpenCTI URL, your network connection and any proxy.</source>
        <translation>Impossible de joindre %1. Vérifiez l&apos;URL OpenCTI, votre connexion réseau et un éventuel proxy.</translation>
    </message>
</context>
<context>
    <name>OpenCtiImportPage</name>
    <message>
        <source>&amp;Import now</source>
        <translation>&amp;Importer maintenant</translation>
    </message>
    <message>
        <source>Import the flagged threats now, without waiting for the next sync</source>
        <translation>Importer les menaces marquées maintenant, sans attendre la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>OpenCTI state</source>
        <translation>État OpenCTI</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Double-click a row to open its incident in OpenCTI</source>
        <translation>Double-cliquez sur une ligne pour ouvrir son incident dans OpenCTI</translation>
    </message>
    <message>
        <source>Select a threat to see the STIX bundle it becomes in OpenCTI.</source>
        <translation>Sélectionnez une menace pour voir le bundle STIX qu&apos;elle devient dans OpenCTI.</translation>
    </message>
    <message>
        <source>OpenCTI is not set up for this profile. Use Profile ▸ Edit profile, OpenCTI page, to send flagged threats there.</source>
        <translation>OpenCTI n&apos;est pas configuré pour ce profil. Utilisez Profil ▸ Modifier le profil, page « OpenCTI », pour y envoyer les menaces marquées.</translation>
    </message>
    <message>
        <source>Threats with a note containing &quot;%1&quot; become incidents in OpenCTI at %2, with the endpoint, MITRE techniques, notes, indicators for their hashes and a link back to the console.</source>
        <translation>Les menaces ayant une note contenant &quot;%1&quot; deviennent des incidents dans OpenCTI sur %2, avec le poste, les techniques MITRE, les notes, des indicateurs pour leurs hachages et un lien vers la console.</translation>
    </message>
    <message>
        <source>Every threat created since %1 becomes an incident in OpenCTI at %2.</source>
        <translation>Chaque menace créée depuis %1 devient un incident dans OpenCTI sur %2.</translation>
    </message>
    <message>
        <source>Imported: %1   Waiting for OpenCTI: %2   Failed: %3</source>
        <translation>Importées : %1   En attente d&apos;OpenCTI : %2   En échec : %3</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Waiting for OpenCTI</source>
        <translation>En attente d&apos;OpenCTI</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>OpenCTI is not set up for this profile.</source>
        <translation>OpenCTI n&apos;est pas configuré pour ce profil.</translation>
    </message>
    <message>
        <source>An import of this profile is already waiting to run.</source>
        <translation>Un import de ce profil attend déjà d&apos;être exécuté.</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Construction du bundle…</translation>
    </message>
    <message>
        <source>The console no longer has threat %1.</source>
        <translation>La console n&apos;a plus la menace %1.</translation>
    </message>
    <message>
        <source>Threats imported into OpenCTI</source>
        <translation>Menaces importées dans OpenCTI</translation>
    </message>
    <message>
        <source>STIX bundle of the selected threat</source>
        <translation>Bundle STIX de la menace sélectionnée</translation>
    </message>
</context>
<context>
    <name>OpenCtiPage</name>
    <message>
        <source>The marking OpenCTI puts on every incident, observable, note and indicator S1 Bridge creates</source>
        <translation>Le marquage qu&apos;OpenCTI applique à chaque incident, observable, note et indicateur créé par S1 Bridge</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The demo tenant comes with a simulated OpenCTI platform, filled in here.</source>
        <translation>Le locataire de démonstration est fourni avec une plateforme OpenCTI simulée, renseignée ici.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Skip &gt;</source>
        <translation>&amp;Ignorer &gt;</translation>
    </message>
    <message>
        <source>Show the OpenCTI token</source>
        <translation>Afficher le jeton OpenCTI</translation>
    </message>
</context>
<context>
    <name>OpenCtiSourceEditor</name>
    <message>
        <source>Only indicators with at least this OpenCTI score (0: every indicator).</source>
        <translation>Uniquement les indicateurs ayant au moins ce score OpenCTI (0 : tous les indicateurs).</translation>
    </message>
    <message>
        <source>any label; or names separated by commas</source>
        <translation>n&apos;importe quel libellé ; ou des noms séparés par des virgules</translation>
    </message>
    <message>
        <source>Indicators marked above this are left out.</source>
        <translation>Les indicateurs dont le marquage dépasse celui-ci sont exclus.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The first pull reads the indicators updated this far back; later pulls continue from where the last one ended.</source>
        <translation>La première récupération lit les indicateurs mis à jour sur cette période ; les récupérations suivantes reprennent là où la précédente s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation>Score minimal :</translation>
    </message>
    <message>
        <source>Labels (any of):</source>
        <translation>Libellés (l&apos;un d&apos;eux) :</translation>
    </message>
    <message>
        <source>Maximum marking:</source>
        <translation>Marquage maximal :</translation>
    </message>
    <message>
        <source>Initial range:</source>
        <translation>Période initiale :</translation>
    </message>
    <message>
        <source>This profile has no OpenCTI set up: the source pulls nothing until it has. %1</source>
        <translation>Ce profil n&apos;a pas d&apos;OpenCTI configuré : la source ne récupère rien tant que ce n&apos;est pas fait. %1</translation>
    </message>
    <message>
        <source>Indicators are read from the profile&apos;s OpenCTI; revoked and expired ones end their IOC.</source>
        <translation>Les indicateurs sont lus depuis l&apos;OpenCTI du profil ; ceux révoqués ou expirés mettent fin à leur IOC.</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Libellés :</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Taille de page :</translation>
    </message>
</context>
<context>
    <name>OverviewJobModel</name>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1 (à l&apos;instant)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (il y a %n min)</numerusform>
            <numerusform>%1 (il y a %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n h ago)</source>
        <translation>
            <numerusform>%1 (il y a %n h)</numerusform>
            <numerusform>%1 (il y a %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Not on a schedule</source>
        <translation>Sans planification</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Prévue maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n min (%1)</source>
        <translation>
            <numerusform>dans %n min (%1)</numerusform>
            <numerusform>dans %n min (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h (%1)</source>
        <translation>
            <numerusform>dans %n h (%1)</numerusform>
            <numerusform>dans %n h (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times in a row)</source>
        <translation>
            <numerusform>%1 (%n fois de suite)</numerusform>
            <numerusform>%1 (%n fois de suite)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seen, %2 done</source>
        <translation>%1 vus, %2 traités</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 ignorés</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 en échec</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Check &amp;connection</source>
        <translation>Vérifier la &amp;connexion</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>Show in &amp;Jobs</source>
        <translation>Afficher dans &amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Refresh overview</source>
        <translation>&amp;Actualiser la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Run &amp;all now</source>
        <translation>Tout e&amp;xécuter maintenant</translation>
    </message>
    <message>
        <source>Ask the console again whether it accepts the profile&apos;s token</source>
        <translation>Redemander à la console si elle accepte le jeton du profil</translation>
    </message>
    <message>
        <source>Jobs of this profile</source>
        <translation>Tâches de ce profil</translation>
    </message>
    <message>
        <source>Run the selected job now</source>
        <translation>Exécuter maintenant la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Show the selected job&apos;s runs in the Jobs area</source>
        <translation>Afficher les exécutions de la tâche sélectionnée dans la zone Tâches</translation>
    </message>
    <message>
        <source>Read the connection and the jobs again (F5)</source>
        <translation>Relire la connexion et les tâches (F5)</translation>
    </message>
    <message>
        <source>Run every job of this profile now</source>
        <translation>Exécuter maintenant toutes les tâches de ce profil</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Vue d&apos;ensemble de %1</translation>
    </message>
    <message>
        <source>Console: %1</source>
        <translation>Console : %1</translation>
    </message>
    <message>
        <source>, checked %1</source>
        <translation>, vérifiée %1</translation>
    </message>
    <message>
        <source>Enter a new token…</source>
        <translation>Saisir un nouveau jeton…</translation>
    </message>
    <message>
        <source>Edit the profile and enter a new token</source>
        <translation>Modifier le profil et saisir un nouveau jeton</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s OpenCTI connection</source>
        <translation>Modifier la connexion OpenCTI du profil</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check the console connection again</source>
        <translation>Vérifier à nouveau la connexion à la console</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s console connection</source>
        <translation>Modifier la connexion à la console du profil</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Exécuter à nouveau</translation>
    </message>
    <message>
        <source>Run %1 again</source>
        <translation>Exécuter à nouveau %1</translation>
    </message>
    <message>
        <source>Show in Jobs</source>
        <translation>Afficher dans Tâches</translation>
    </message>
    <message>
        <source>Show the runs of %1</source>
        <translation>Afficher les exécutions de %1</translation>
    </message>
    <message>
        <source>Retry import</source>
        <translation>Réessayer l&apos;import</translation>
    </message>
    <message>
        <source>Import the failed threats into OpenCTI again</source>
        <translation>Importer à nouveau dans OpenCTI les menaces en échec</translation>
    </message>
    <message>
        <source>Show imports</source>
        <translation>Afficher les imports</translation>
    </message>
    <message>
        <source>Show the failed threats in the OpenCTI import area</source>
        <translation>Afficher les menaces en échec dans la zone Import OpenCTI</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>À traiter (%1)</translation>
    </message>
    <message>
        <source>This profile runs no job yet: set up OpenCTI, IOC sources or firewall collections for it.</source>
        <translation>Ce profil n&apos;exécute encore aucune tâche. Configurez-y OpenCTI, des sources d&apos;IOCs ou des collections de pare-feu.</translation>
    </message>
    <message>
        <source>%1: queued to run now.</source>
        <translation>%1 : mise en file pour exécution immédiate.</translation>
    </message>
    <message>
        <source>%1 is already queued or running, or cannot run in this profile now.</source>
        <translation>%1 est déjà en file d&apos;attente ou en cours, ou ne peut pas s&apos;exécuter dans ce profil pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued to run now.</source>
        <translation>
            <numerusform>%n tâche mise en file pour exécution immédiate.</numerusform>
            <numerusform>%n tâches mises en file pour exécution immédiate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job is already queued or running.</source>
        <translation>Toutes les tâches sont déjà en file d&apos;attente ou en cours.</translation>
    </message>
</context>
<context>
    <name>OverviewSnapshot</name>
    <message>
        <source>OpenCTI import</source>
        <translation>Import OpenCTI</translation>
    </message>
    <message>
        <source>IOC pull: %1</source>
        <translation>Récupération d&apos;IOCs : %1</translation>
    </message>
    <message>
        <source>IOC sharing: %1</source>
        <translation>Partage d&apos;IOCs : %1</translation>
    </message>
    <message>
        <source>Firewall export: %1</source>
        <translation>Export pare-feu : %1</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Lecture du jeton depuis le trousseau…</translation>
    </message>
    <message>
        <source>The keychain holds no SentinelOne token for this profile.</source>
        <translation>Le trousseau ne contient aucun jeton SentinelOne pour ce profil.</translation>
    </message>
    <message>
        <source>No SentinelOne token: enter it to connect to the console.</source>
        <translation>Aucun jeton SentinelOne. Saisissez-le pour vous connecter à la console.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Token refused: the console did not accept the profile&apos;s API token (wrong, expired or revoked). Enter a new one.</source>
        <translation>Jeton refusé : la console n&apos;a pas accepté le jeton API du profil (erroné, expiré ou révoqué). Saisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>OpenCTI is not ready: %1</source>
        <translation>OpenCTI n&apos;est pas prêt : %1</translation>
    </message>
    <message>
        <source>no OpenCTI connection.</source>
        <translation>aucune connexion OpenCTI.</translation>
    </message>
    <message>
        <source>no reason was recorded.</source>
        <translation>aucune raison n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) flagged but failed in OpenCTI</source>
        <translation>
            <numerusform>%n menace marquée mais en échec dans OpenCTI</numerusform>
            <numerusform>%n menaces marquées mais en échec dans OpenCTI</numerusform>
        </translation>
    </message>
    <message>
        <source> (latest: %1)</source>
        <translation> (la plus récente : %1)</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renommer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>%1 … (%L2 in all)</source>
        <translation>%1 … (%L2 au total)</translation>
    </message>
    <message>
        <source>Plan per target</source>
        <translation>Plan par cible</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Plan shows what an export would change in each target, without changing anything.</source>
        <translation>Le plan montre ce qu&apos;un export modifierait dans chaque cible, sans rien modifier.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>L&apos;exécution a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %L1 entries in %Ln rule(s). Nothing was changed.</source>
        <translation>
            <numerusform>Plan : %L1 entrées dans %Ln règle. Rien n&apos;a été modifié.</numerusform>
            <numerusform>Plan : %L1 entrées dans %Ln règles. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Retiré : %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln request(s)</source>
        <translation>
            <numerusform>%1 ; %Ln requête</numerusform>
            <numerusform>%1 ; %Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %L2 entries</source>
        <translation>&quot;%1&quot;, %L2 entrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source> (taken over)</source>
        <translation> (repris)</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>+%L1 entries</source>
        <translation>+%L1 entrées</translation>
    </message>
    <message>
        <source>−%L1 entries</source>
        <translation>−%L1 entrées</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln protected, </source>
        <translation>
            <numerusform>%Ln protégée, </numerusform>
            <numerusform>%Ln protégées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 fewer entries by aggregation</source>
        <translation>, %L1 entrées de moins grâce à l&apos;agrégation</translation>
    </message>
    <message>
        <source>, %L1 more entries (ranges written as CIDR blocks)</source>
        <translation>, %L1 entrées de plus (plages écrites en blocs CIDR)</translation>
    </message>
    <message>
        <source>protected %1</source>
        <translation>protégé %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>refusé %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 (a control character)</source>
        <translation>%1 (un caractère de contrôle)</translation>
    </message>
    <message>
        <source>%1 (a bidirectional text override)</source>
        <translation>%1 (un caractère de forçage bidirectionnel)</translation>
    </message>
    <message>
        <source>Profile name: enter a name, e.g. the console&apos;s company name.</source>
        <translation>Nom du profil : saisissez un nom, par ex. le nom de l&apos;entreprise de la console.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Flag string</source>
        <translation>Texte de marquage</translation>
    </message>
    <message>
        <source>%1: holds %2; use plain text on one line.</source>
        <translation>%1 : contient %2 ; utilisez du texte simple sur une seule ligne.</translation>
    </message>
    <message>
        <source>Sites: choose at least one site, or all sites of the account.</source>
        <translation>Sites : choisissez au moins un site, ou tous les sites du compte.</translation>
    </message>
    <message>
        <source>Flag string: enter the note text that flags a threat, e.g. [OpenCTI_add].</source>
        <translation>Texte de marquage : saisissez le texte de note qui marque une menace, par ex. [OpenCTI_add].</translation>
    </message>
    <message>
        <source>Sync period: %1</source>
        <translation>Période de synchronisation : %1</translation>
    </message>
    <message>
        <source>Maximum API attempts: use a whole number from 1 to 100.</source>
        <translation>Nombre maximal de tentatives d&apos;API : utilisez un nombre entier de 1 à 100.</translation>
    </message>
    <message>
        <source>Import start date: choose the date from which threats are imported.</source>
        <translation>Date de début d&apos;import : choisissez la date à partir de laquelle les menaces sont importées.</translation>
    </message>
    <message>
        <source>OpenCTI URL: enter the platform address, e.g. https://opencti.example.com.</source>
        <translation>URL OpenCTI : saisissez l&apos;adresse de la plateforme, par ex. https://opencti.example.com.</translation>
    </message>
    <message>
        <source>TLP marking: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>Marquage TLP : utilisez TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT ou TLP:RED.</translation>
    </message>
    <message>
        <source>Connector ID: must be a UUID.</source>
        <translation>ID du connecteur : doit être un UUID.</translation>
    </message>
    <message>
        <source>Pinned certificate: a SHA-256 fingerprint has 64 hexadecimal digits.</source>
        <translation>Certificat épinglé : une empreinte SHA-256 comporte 64 chiffres hexadécimaux.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot upgrade the settings file %1 from version %2: %3</source>
        <translation>Impossible de mettre à niveau le fichier de paramètres %1 depuis la version %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: check that it exists and that you may read it.</source>
        <translation>Impossible de lire le fichier de paramètres %1 : vérifiez qu&apos;il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid INI file; repair it or move it away.</source>
        <translation>Le fichier de paramètres %1 n&apos;est pas un fichier INI valide ; réparez-le ou déplacez-le.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer S1 Bridge (settings version %2; this one understands version %3 and older). Update S1 Bridge, or use another settings file.</source>
        <translation>Le fichier de paramètres %1 a été écrit par une version plus récente de S1 Bridge (version de paramètres %2 ; celle-ci comprend la version %3 et les précédentes). Mettez à jour S1 Bridge ou utilisez un autre fichier de paramètres.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1: check that its folder exists and that you may write to it.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1 : vérifiez que son dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Profile ID: must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (use Profile::newId()).</source>
        <translation>ID du profil : doit comporter de 1 à 64 lettres, chiffres, &apos;-&apos; ou &apos;_&apos; (utilisez Profile::newId()).</translation>
    </message>
    <message>
        <source>Profile name: &quot;%1&quot; is already used by another profile; choose another name.</source>
        <translation>Nom du profil : &quot;%1&quot; est déjà utilisé par un autre profil ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no profile with the ID &quot;%1&quot;.</source>
        <translation>Aucun profil n&apos;a l&apos;ID &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>The saved profiles, shared with the S1 Bridge window; their tokens are in the OS keychain.</source>
        <translation>Les profils enregistrés, partagés avec la fenêtre S1 Bridge ; leurs jetons sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>List the saved profiles (shared with the S1 Bridge window).</source>
        <translation>Lister les profils enregistrés (partagés avec la fenêtre S1 Bridge).</translation>
    </message>
    <message>
        <source>Show a profile; its tokens: &quot;stored&quot;, &quot;missing&quot; or &quot;session only&quot;.</source>
        <translation>Afficher un profil ; ses jetons : &quot;enregistré&quot;, &quot;manquant&quot; ou &quot;session uniquement&quot;.</translation>
    </message>
    <message>
        <source>Every setting of the profile, and whether its tokens are in the keychain (&quot;session only&quot;:
there is no keychain). Never a token.</source>
        <translation>Chaque paramètre du profil, et si ses jetons sont dans le trousseau (&quot;session uniquement&quot; :
il n&apos;y a pas de trousseau). Jamais un jeton.</translation>
    </message>
    <message>
        <source>Make a profile from the OpenCTI SentinelOne connector&apos;s configuration.</source>
        <translation>Créer un profil à partir de la configuration du connecteur SentinelOne d&apos;OpenCTI.</translation>
    </message>
    <message>
        <source>FILE is the connector&apos;s docker-compose.yml, .env or config.yml. Its tokens go to the OS
keychain, never to the settings file. The profile is named after CONNECTOR_NAME (or the
console&apos;s host name) unless --name is given; a name already taken is refused.</source>
        <translation>FILE est le docker-compose.yml, le .env ou le config.yml du connecteur. Ses jetons vont dans le
trousseau du système, jamais dans le fichier de paramètres. Le profil est nommé d&apos;après CONNECTOR_NAME (ou le
nom d&apos;hôte de la console), sauf si --name est indiqué ; un nom déjà pris est refusé.</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation>Le nom du nouveau profil.</translation>
    </message>
    <message>
        <source>Delete a profile and its keychain entries.</source>
        <translation>Supprimer un profil et ses entrées de trousseau.</translation>
    </message>
    <message>
        <source>No profiles yet: create one in S1 Bridge, or import a connector configuration with &apos;s1bridge-cli profiles import FILE&apos;.</source>
        <translation>Aucun profil pour l&apos;instant : créez-en un dans S1 Bridge, ou importez une configuration de connecteur avec &apos;s1bridge-cli profiles import FILE&apos;.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CONSOLE</source>
        <translation>CONSOLE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
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
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>session uniquement</translation>
    </message>
    <message>
        <source>unknown (keychain error)</source>
        <translation>inconnu (erreur de trousseau)</translation>
    </message>
    <message>
        <source>S1 API token</source>
        <translation>Jeton d&apos;API S1</translation>
    </message>
    <message>
        <source>OpenCTI token</source>
        <translation>Jeton OpenCTI</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>PARAMÈTRE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists; choose another name with --name NAME, or delete it first with &apos;s1bridge-cli profiles delete &quot;%1&quot;&apos;.</source>
        <translation>un profil nommé &quot;%1&quot; existe déjà ; choisissez un autre nom avec --name NAME, ou supprimez-le d&apos;abord avec &apos;s1bridge-cli profiles delete &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Not imported (not settings of S1 Bridge): %1</source>
        <translation>Non importé (ce ne sont pas des paramètres de S1 Bridge) : %1</translation>
    </message>
    <message>
        <source>s1bridge-cli: the profile &quot;%1&quot; cannot be saved:</source>
        <translation>s1bridge-cli : le profil &quot;%1&quot; ne peut pas être enregistré :</translation>
    </message>
    <message>
        <source>the profile was not imported: %1</source>
        <translation>le profil n&apos;a pas été importé : %1</translation>
    </message>
    <message>
        <source>warning: the tokens were not stored: %1 With --profile, set S1_API_KEY in the environment.</source>
        <translation>avertissement : les jetons n&apos;ont pas été enregistrés : %1 Avec --profile, définissez S1_API_KEY dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; (console %2) from %3.</source>
        <translation>Profil &quot;%1&quot; (console %2) importé depuis %3.</translation>
    </message>
    <message>
        <source>Its tokens are in the keychain. Use it with: s1bridge-cli --profile &quot;%1&quot; threats list</source>
        <translation>Ses jetons sont dans le trousseau. Utilisez-le avec : s1bridge-cli --profile &quot;%1&quot; threats list</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; was kept: %2</source>
        <translation>le profil &quot;%1&quot; a été conservé : %2</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; and its keychain entries.</source>
        <translation>Profil &quot;%1&quot; et ses entrées de trousseau supprimés.</translation>
    </message>
</context>
<context>
    <name>ProtectedList</name>
    <message>
        <source>loopback</source>
        <translation>une adresse de boucle locale</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>une adresse lien-local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>une adresse de multidiffusion</translation>
    </message>
    <message>
        <source>&quot;this network&quot; (unspecified)</source>
        <translation>« ce réseau » (non spécifié)</translation>
    </message>
    <message>
        <source>the limited broadcast address</source>
        <translation>l&apos;adresse de diffusion limitée</translation>
    </message>
    <message>
        <source>%1 is %2, which is never blocked.</source>
        <translation>%1 est %2, ce qui n&apos;est jamais bloqué.</translation>
    </message>
    <message>
        <source>%1 is %2 (%3), which is never blocked.</source>
        <translation>%1 est %2 (%3), ce qui n&apos;est jamais bloqué.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which is %3 and never blocked.</source>
        <translation>%1 chevauche %2, qui est %3 et n&apos;est jamais bloqué.</translation>
    </message>
    <message>
        <source>one of your own networks</source>
        <translation>l&apos;un de vos propres réseaux</translation>
    </message>
    <message>
        <source>%1 is inside %2, %3, which is never blocked.</source>
        <translation>%1 est inclus dans %2, %3, qui n&apos;est jamais bloqué.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, %3, which is never blocked.</source>
        <translation>%1 chevauche %2, %3, qui n&apos;est jamais bloqué.</translation>
    </message>
    <message>
        <source>%1 is a private range; allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 est une plage privée ; autorisez les plages privées dans les paramètres de la collection pour la bloquer.</translation>
    </message>
    <message>
        <source>%1 is a private address (%2); allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 est une adresse privée (%2) ; autorisez les plages privées dans les paramètres de la collection pour la bloquer.</translation>
    </message>
    <message>
        <source>%1 is a private range (inside %2); allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 est une plage privée (incluse dans %2) ; autorisez les plages privées dans les paramètres de la collection pour la bloquer.</translation>
    </message>
    <message>
        <source>%1 overlaps the private range %2; allow private ranges in the collection&apos;s settings to block it.</source>
        <translation>%1 chevauche la plage privée %2 ; autorisez les plages privées dans les paramètres de la collection pour bloquer l&apos;entrée.</translation>
    </message>
    <message>
        <source>%1 holds IPv4-mapped addresses, which reach %2: %3</source>
        <translation>%1 contient des adresses IPv4 mappées, qui atteignent %2 : %3</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>One a line: 10.0.0.0/8, example.com, re:^evil, or a value</source>
        <translation>Une par ligne : 10.0.0.0/8, example.com, re:^evil ou une valeur</translation>
    </message>
    <message>
        <source>e.g. malware, phishing (any of them; empty: any)</source>
        <translation>par ex. malware, phishing (l&apos;un d&apos;eux ; vide : tous)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>n&apos;importe quand</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Types (none: every type):</source>
        <translation>Types (aucun : tous les types) :</translation>
    </message>
    <message>
        <source>Sou&amp;rces (none: any):</source>
        <translation>&amp;Sources (aucune : toutes) :</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Libellés :</translation>
    </message>
    <message>
        <source>&amp;Minimum severity:</source>
        <translation>&amp;Gravité minimale :</translation>
    </message>
    <message>
        <source>Minimum s&amp;core:</source>
        <translation>S&amp;core minimal :</translation>
    </message>
    <message>
        <source>Seen &amp;within:</source>
        <translation>&amp;Vu dans les :</translation>
    </message>
    <message>
        <source>Incl&amp;ude values:</source>
        <translation>&amp;Inclure les valeurs :</translation>
    </message>
    <message>
        <source>E&amp;xclude values:</source>
        <translation>E&amp;xclure les valeurs :</translation>
    </message>
    <message>
        <source>Never share (alwa&amp;ys wins):</source>
        <translation>&amp;Ne jamais partager (toujours prioritaire) :</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>Correspondances :</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The IOC database is not open.</source>
        <translation>La base de données d&apos;IOC n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Correct the rule to see what it matches.</source>
        <translation>Corrigez la règle pour voir ce qu&apos;elle sélectionne.</translation>
    </message>
    <message>
        <source>%1 of %2 IOCs in the store match</source>
        <translation>%1 IOC sur %2 de la base correspondent</translation>
    </message>
</context>
<context>
    <name>RulePlanner</name>
    <message>
        <source>A rule named &quot;%1&quot; is already in this scope and was not created by S1 Bridge: it is left alone. Rename or delete it on the console, or adopt it.</source>
        <translation>Une règle nommée &quot;%1&quot; existe déjà dans ce périmètre et n&apos;a pas été créée par S1 Bridge : elle reste intacte. Renommez-la ou supprimez-la dans la console, ou adoptez-la.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; must be renamed &quot;%2&quot;, but a rule of that name that S1 Bridge did not create is in this scope: rename or delete it on the console, or adopt it.</source>
        <translation>La règle &quot;%1&quot; doit être renommée &quot;%2&quot;, mais une règle de ce nom que S1 Bridge n&apos;a pas créée existe dans ce périmètre : renommez-la ou supprimez-la dans la console, ou adoptez-la.</translation>
    </message>
</context>
<context>
    <name>RuleTemplate</name>
    <message>
        <source>Rule %1: &quot;%2&quot; is not one of %3.</source>
        <translation>Règle %1 : &quot;%2&quot; ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>OS type</source>
        <translation>type d&apos;OS</translation>
    </message>
    <message>
        <source>Rule name: at most %1 characters (the console takes %2, and &quot; (99)&quot; may be added).</source>
        <translation>Nom de règle : %1 caractères au plus (la console en accepte %2, et &quot; (99)&quot; peut être ajouté).</translation>
    </message>
    <message>
        <source>Rule name: control and direction characters are not allowed; type the name again.</source>
        <translation>Nom de règle : les caractères de contrôle et de direction ne sont pas autorisés ; saisissez à nouveau le nom.</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Business rules: named filters over the IOC store that decide what is shared.</source>
        <translation>Règles métier : filtres nommés sur la base d&apos;IOC qui décident de ce qui est partagé.</translation>
    </message>
    <message>
        <source>List the business rules and their conditions.</source>
        <translation>Lister les règles métier et leurs conditions.</translation>
    </message>
    <message>
        <source>Show a rule and how many stored IOCs it lets through now.</source>
        <translation>Afficher une règle et le nombre d&apos;IOC enregistrés qu&apos;elle laisse passer actuellement.</translation>
    </message>
    <message>
        <source>Add a rule from options or from a JSON file.</source>
        <translation>Ajouter une règle à partir d&apos;options ou d&apos;un fichier JSON.</translation>
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
        <translation>Chaque condition indiquée doit être remplie ; la liste d&apos;exclusion l&apos;emporte toujours (ce qui ne doit jamais être partagé :
les propres domaines et plages de l&apos;organisation). Un motif de valeur est un réseau (10.0.0.0/8,
2001:db8::/32) ou une adresse, un domaine (example.com : lui et tout ce qui est en dessous),
re:EXPRESSION (une expression régulière), ou un hachage ou une URL (exactement cette valeur). --include,
--exclude et --exclusion-list peuvent être indiqués plusieurs fois, un motif chacun.
--from-json FILE lit à la place {&quot;types&quot;: [...], &quot;sources&quot;: [...], &quot;labels&quot;, &quot;minSeverity&quot;,
&quot;minScore&quot;, &quot;seenWithinDays&quot;, &quot;include&quot;, &quot;exclude&quot;, &quot;exclusionList&quot;} (sources par
nom). Chaque problème est listé avec son champ ; puis rien n&apos;est enregistré (code de sortie 2).</translation>
    </message>
    <message>
        <source>IOC types, separated by commas (SHA256, MD5, URL ...).</source>
        <translation>Types d&apos;IOC, séparés par des virgules (SHA256, MD5, URL ...).</translation>
    </message>
    <message>
        <source>Source names, separated by commas.</source>
        <translation>Noms de sources, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Labels, separated by commas (any of them).</source>
        <translation>Libellés, séparés par des virgules (l&apos;un d&apos;eux).</translation>
    </message>
    <message>
        <source>Minimum severity, 0-7.</source>
        <translation>Gravité minimale, 0-7.</translation>
    </message>
    <message>
        <source>Minimum score, 0-100.</source>
        <translation>Score minimal, 0-100.</translation>
    </message>
    <message>
        <source>Last seen within this many days.</source>
        <translation>Vu pour la dernière fois dans ce nombre de jours.</translation>
    </message>
    <message>
        <source>Only values matching PATTERN (repeatable).</source>
        <translation>Uniquement les valeurs correspondant à PATTERN (répétable).</translation>
    </message>
    <message>
        <source>No values matching PATTERN (repeatable).</source>
        <translation>Aucune valeur correspondant à PATTERN (répétable).</translation>
    </message>
    <message>
        <source>Never share values matching PATTERN (repeatable; always wins).</source>
        <translation>Ne jamais partager les valeurs correspondant à PATTERN (répétable ; toujours prioritaire).</translation>
    </message>
    <message>
        <source>Read the rule from a JSON file instead.</source>
        <translation>Lire plutôt la règle depuis un fichier JSON.</translation>
    </message>
    <message>
        <source>Remove a rule (refused while a sharing configuration uses it).</source>
        <translation>Supprimer une règle (refusé tant qu&apos;une configuration de partage l&apos;utilise).</translation>
    </message>
    <message>
        <source>No business rules yet: &apos;s1bridge-cli rules add NAME --types SHA256,MD5&apos; adds one.</source>
        <translation>Aucune règle métier pour l&apos;instant : &apos;s1bridge-cli rules add NAME --types SHA256,MD5&apos; en ajoute une.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CONDITIONS</source>
        <translation>CONDITIONS</translation>
    </message>
    <message>
        <source>no business rule named &quot;%1&quot;; &apos;s1bridge-cli rules list&apos; shows them</source>
        <translation>aucune règle métier nommée &quot;%1&quot; ; &apos;s1bridge-cli rules list&apos; les affiche</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>  (no conditions: every IOC)</source>
        <translation>  (aucune condition : tous les IOC)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Matching IOCs now: %1</source>
        <translation>IOC correspondants actuellement : %1</translation>
    </message>
    <message>
        <source>NAME: a rule needs a name</source>
        <translation>NAME : une règle doit avoir un nom</translation>
    </message>
    <message>
        <source>a business rule named &quot;%1&quot; exists already (&apos;rules remove %1&apos; first)</source>
        <translation>une règle métier nommée &quot;%1&quot; existe déjà (&apos;rules remove %1&apos; d&apos;abord)</translation>
    </message>
    <message>
        <source>--%1 and --from-json cannot be combined: put it in the file</source>
        <translation>--%1 et --from-json ne peuvent pas être combinés : mettez-le dans le fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: not JSON at offset %2: %3; expected a rule object</source>
        <translation>%1 : pas du JSON à la position %2 : %3 ; un objet règle est attendu</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (a business rule)</source>
        <translation>%1 : un objet JSON (une règle métier) est attendu</translation>
    </message>
    <message>
        <source>--%1: expected a whole number, not &quot;%2&quot;</source>
        <translation>--%1 : un nombre entier est attendu, pas &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the rule &quot;%1&quot; was not added: %n problem(s)</source>
        <translation>
            <numerusform>la règle &quot;%1&quot; n&apos;a pas été ajoutée : %n problème</numerusform>
            <numerusform>la règle &quot;%1&quot; n&apos;a pas été ajoutée : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the rule &quot;%1&quot;; it lets %2 stored IOCs through now.</source>
        <translation>Règle &quot;%1&quot; ajoutée ; elle laisse passer actuellement %2 IOC enregistrés.</translation>
    </message>
    <message>
        <source>the sharing configuration &quot;%1&quot; uses the rule &quot;%2&quot;: remove it or give it another rule first</source>
        <translation>la configuration de partage &quot;%1&quot; utilise la règle &quot;%2&quot; : supprimez-la ou attribuez-lui d&apos;abord une autre règle</translation>
    </message>
    <message>
        <source>Removed the rule &quot;%1&quot;.</source>
        <translation>Règle &quot;%1&quot; supprimée.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The stored rule has problems: %1</source>
        <translation>La règle enregistrée présente des problèmes : %1</translation>
    </message>
    <message>
        <source>A new rule: name it, set its filters, then Save.</source>
        <translation>Une nouvelle règle : nommez-la, définissez ses filtres, puis cliquez sur « Enregistrer ».</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved the rule &quot;%1&quot;.</source>
        <translation>Règle &quot;%1&quot; enregistrée.</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; uses the rule &quot;%2&quot;: give it another rule or remove it first.</source>
        <translation>La configuration de partage &quot;%1&quot; utilise la règle &quot;%2&quot; : attribuez-lui une autre règle ou supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Deleted the rule &quot;%1&quot;.</source>
        <translation>Règle &quot;%1&quot; supprimée.</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Règles métier</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>Runs and imported items per day</source>
        <translation>Exécutions et éléments importés par jour</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Imported items</source>
        <translation>Éléments importés</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The scheduler in the foreground.</source>
        <translation>Le planificateur au premier plan.</translation>
    </message>
    <message>
        <source>Run the scheduler in the foreground: the OpenCTI import, IOC pulls and sharing of each profile.</source>
        <translation>Exécuter le planificateur au premier plan : l&apos;import OpenCTI, les récupérations d&apos;IOC et le partage de chaque profil.</translation>
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
        <translation>Pour chaque --profile NAME (plusieurs sont autorisés ; sans, l&apos;environnement), l&apos;import OpenCTI
s&apos;exécute à chaque période de synchronisation du profil (CONNECTOR_DURATION_PERIOD), de même que les récupérations de ses
sources feed, s1-threats, taxii et (avec OpenCTI) opencti et ses configurations de partage
activées, enregistrées dans l&apos;historique des tâches,
jusqu&apos;à SIGTERM ou SIGINT (l&apos;import en cours enregistre sa progression ; code de sortie 0). --once : chaque tâche une fois, puis
quitter avec le code de sortie le plus élevé des exécutions.

Verbosité : -v ce que font les tâches, -vv (ou -v -v) chaque requête ; ou les niveaux du connecteur
-v 1|2|3, --verbosity 1|2|3 (1 avertissements, 2 comme -v, 3 comme -vv). Un niveau donné sous forme de nombre l&apos;emporte
sur les options -v (run --once -vv -v 1 ne journalise que les avertissements) ; parmi plusieurs nombres, le dernier compte.</translation>
    </message>
    <message>
        <source>Run the saved profile NAME (its tokens from the keychain); repeat for more.</source>
        <translation>Exécuter le profil enregistré NAME (ses jetons depuis le trousseau) ; répéter pour d&apos;autres.</translation>
    </message>
    <message>
        <source>Run every task once, then exit.</source>
        <translation>Exécuter chaque tâche une fois, puis quitter.</translation>
    </message>
    <message>
        <source>Use the connector configuration in DIR (docker-compose.yml, .env or config.yml), without saving it.</source>
        <translation>Utiliser la configuration de connecteur dans DIR (docker-compose.yml, .env ou config.yml), sans l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Write the log to DIR/s1bridge-run.log, or to stdout (default: stderr). -ll is accepted too.</source>
        <translation>Écrire le journal dans DIR/s1bridge-run.log, ou sur stdout (par défaut : stderr). -ll est également accepté.</translation>
    </message>
    <message>
        <source>1 warnings, 2 what the jobs do, 3 every request (also -v 1|2|3); wins over -v flags.</source>
        <translation>1 avertissements, 2 ce que font les tâches, 3 chaque requête (aussi -v 1|2|3) ; l&apos;emporte sur les options -v.</translation>
    </message>
    <message>
        <source>The run&apos;s name in the logs.</source>
        <translation>Le nom de l&apos;exécution dans les journaux.</translation>
    </message>
    <message>
        <source>Keep the job history this many days (default: the window&apos;s setting, 30 unless changed).</source>
        <translation>Conserver l&apos;historique des tâches pendant ce nombre de jours (par défaut : le paramètre de la fenêtre, 30 sauf modification).</translation>
    </message>
    <message>
        <source>--verbosity (or -v N) takes 1 (warnings), 2 (what the jobs do) or 3 (every request), not &quot;%1&quot;</source>
        <translation>--verbosity (ou -v N) accepte 1 (avertissements), 2 (ce que font les tâches) ou 3 (chaque requête), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--history-days takes a number of days (1 or more)</source>
        <translation>--history-days attend un nombre de jours (1 ou plus)</translation>
    </message>
    <message>
        <source>%1: the sync period (CONNECTOR_DURATION_PERIOD): %2</source>
        <translation>%1 : la période de synchronisation (CONNECTOR_DURATION_PERIOD) : %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is given twice</source>
        <translation>le profil &quot;%1&quot; est indiqué deux fois</translation>
    </message>
    <message>
        <source>use either --config DIR or --profile NAME, not both</source>
        <translation>utilisez soit --config DIR, soit --profile NAME, pas les deux</translation>
    </message>
    <message>
        <source>--config: %1 holds no docker-compose.yml, .env or config.yml</source>
        <translation>--config : %1 ne contient ni docker-compose.yml, ni .env, ni config.yml</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>warning: the job history: %1</source>
        <translation>avertissement : l&apos;historique des tâches : %1</translation>
    </message>
    <message>
        <source>%1: stopped before the first run (signal received)</source>
        <translation>%1 : arrêté avant la première exécution (signal reçu)</translation>
    </message>
    <message>
        <source>warning: IOC pulls and sharing are not run: %1</source>
        <translation>avertissement : les récupérations d&apos;IOC et le partage ne sont pas exécutés : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: IOC pulls, sharing and firewall exports only, no OpenCTI import: %2</source>
        <translation>%1 : uniquement récupérations d&apos;IOC, partage et exports de pare-feu, pas d&apos;import OpenCTI : %2</translation>
    </message>
    <message>
        <source>%1 [%2]: started: %3</source>
        <translation>%1 [%2] : démarré : %3</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécution : %1</translation>
    </message>
    <message>
        <source>%1 [%2]: %3: %4</source>
        <translation>%1 [%2] : %3 : %4</translation>
    </message>
    <message>
        <source>%1 [%2]: next import at %3</source>
        <translation>%1 [%2] : prochain import à %3</translation>
    </message>
    <message>
        <source>%1 [%2]: next %3 at %4</source>
        <translation>%1 [%2] : prochaine exécution de %3 à %4</translation>
    </message>
    <message>
        <source>%1: stopping (signal received)</source>
        <translation>%1 : arrêt en cours (signal reçu)</translation>
    </message>
    <message>
        <source>%1: %2 profile(s): %3%4</source>
        <translation>%1 : %2 profil(s) : %3%4</translation>
    </message>
    <message>
        <source>; once</source>
        <translation>; une fois</translation>
    </message>
    <message>
        <source>%1: stopped (exit code %2)</source>
        <translation>%1 : arrêté (code de sortie %2)</translation>
    </message>
</context>
<context>
    <name>RunLog</name>
    <message>
        <source>--loglocation takes a folder or stdout</source>
        <translation>--loglocation attend un dossier ou stdout</translation>
    </message>
    <message>
        <source>--loglocation: &quot;%1&quot; is not a folder that can be created or written; give a folder or stdout</source>
        <translation>--loglocation : &quot;%1&quot; n&apos;est pas un dossier qui peut être créé ou écrit ; indiquez un dossier ou stdout</translation>
    </message>
    <message>
        <source>--loglocation: cannot write %1: %2</source>
        <translation>--loglocation : impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>S1Dialect</name>
    <message>
        <source>Console URL: not configured.</source>
        <translation>URL de la console : non configurée.</translation>
    </message>
    <message>
        <source>the JSON answer has no &quot;data&quot; member</source>
        <translation>la réponse JSON n&apos;a pas de membre &quot;data&quot;</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>&quot;data&quot; is %1, where the API gives a list or an object</source>
        <translation>&quot;data&quot; est %1, alors que l&apos;API fournit une liste ou un objet</translation>
    </message>
    <message>
        <source>&quot;pagination&quot; is %1, where the API gives an object</source>
        <translation>&quot;pagination&quot; est %1, alors que l&apos;API fournit un objet</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>la console</translation>
    </message>
    <message>
        <source>%1 refused the API token (HTTP 401). The token is wrong, expired or revoked: generate a new one in the console (your user menu, Actions, API Token Operations, Regenerate API token) and enter it again.</source>
        <translation>%1 a refusé le jeton d&apos;API (HTTP 401). Le jeton est erroné, expiré ou révoqué : générez-en un nouveau dans la console (votre menu utilisateur, Actions, API Token Operations, Regenerate API token) et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 refused the firewall-control request (HTTP 403): the account or site has no Firewall Control, which needs the Control (or Complete) licence (the Control SKU), or the API token&apos;s user has no Firewall Control role there. Ask your SentinelOne administrator to enable Firewall Control for the account or site (and to give the user a role that manages firewall rules), or choose a scope that has it.</source>
        <translation>%1 a refusé la requête de contrôle du pare-feu (HTTP 403) : le compte ou le site n&apos;a pas Firewall Control, qui nécessite la licence Control (ou Complete) (le SKU Control), ou l&apos;utilisateur du jeton d&apos;API n&apos;y a pas de rôle Firewall Control. Demandez à votre administrateur SentinelOne d&apos;activer Firewall Control pour le compte ou le site (et de donner à l&apos;utilisateur un rôle qui gère les règles de pare-feu), ou choisissez un périmètre qui en dispose.</translation>
    </message>
    <message>
        <source>The API token&apos;s user spans several accounts or sites, and %1 does not take threat-intelligence IOCs from such a user yet (HTTP 403, code %2). Choose one account or one site as the scope of the IOCs, or use the token of a user of that single account or site.</source>
        <translation>L&apos;utilisateur du jeton d&apos;API couvre plusieurs comptes ou sites, et %1 n&apos;accepte pas encore d&apos;IOC de renseignement sur les menaces d&apos;un tel utilisateur (HTTP 403, code %2). Choisissez un compte ou un site comme périmètre des IOC, ou utilisez le jeton d&apos;un utilisateur de ce seul compte ou site.</translation>
    </message>
    <message>
        <source>The API token is valid but has no rights for this request (HTTP 403). Check that the token&apos;s user has a role on the chosen account or site, or choose another scope.</source>
        <translation>Le jeton d&apos;API est valide mais n&apos;a pas les droits pour cette requête (HTTP 403). Vérifiez que l&apos;utilisateur du jeton a un rôle sur le compte ou le site choisi, ou choisissez un autre périmètre.</translation>
    </message>
    <message>
        <source>The firewall rule is no longer on %1 (HTTP 404): it was deleted there meanwhile. Plan again: the export creates it anew.</source>
        <translation>La règle de pare-feu n&apos;est plus sur %1 (HTTP 404) : elle y a été supprimée entre-temps. Relancez le plan : l&apos;export la recrée.</translation>
    </message>
    <message>
        <source>%1 does not offer Firewall Control (HTTP 404): it needs the Control (or Complete) licence (the Control SKU) on the account or site. Ask your SentinelOne administrator or account team to enable Firewall Control for the account or site, or choose one that has it; until then no firewall rules can be exported there.</source>
        <translation>%1 ne propose pas Firewall Control (HTTP 404) : il nécessite la licence Control (ou Complete) (le SKU Control) sur le compte ou le site. Demandez à votre administrateur SentinelOne ou à votre équipe de compte d&apos;activer Firewall Control pour le compte ou le site, ou choisissez un périmètre qui en dispose ; d&apos;ici là, aucune règle de pare-feu ne peut y être exportée.</translation>
    </message>
    <message>
        <source>%1 does not offer %2 (HTTP 404). The feature is probably not licensed for this account (Firewall Control needs the Control SKU) or not present in this console version.</source>
        <translation>%1 ne propose pas %2 (HTTP 404). La fonctionnalité n&apos;est probablement pas sous licence pour ce compte (Firewall Control nécessite le SKU Control) ou n&apos;existe pas dans cette version de la console.</translation>
    </message>
    <message>
        <source>%1 already has a firewall rule of that name in the scope (HTTP 400): names are unique within a site, account or group. Adopt or delete that rule, or choose another name.</source>
        <translation>%1 a déjà une règle de pare-feu de ce nom dans le périmètre (HTTP 400) : les noms sont uniques au sein d&apos;un site, d&apos;un compte ou d&apos;un groupe. Adoptez ou supprimez cette règle, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 refused the firewall-control request to %2 (HTTP 400); its reasons are in the details. Correct the rule or the filter (name, OS types, addresses, or fewer entries in one rule) and try again.</source>
        <translation>%1 a refusé la requête de contrôle du pare-feu vers %2 (HTTP 400) ; ses raisons figurent dans les détails. Corrigez la règle ou le filtre (nom, types d&apos;OS, adresses, ou moins d&apos;entrées dans une règle) et réessayez.</translation>
    </message>
    <message>
        <source>%1 rejected the request to %2 (HTTP 400).</source>
        <translation>%1 a rejeté la requête vers %2 (HTTP 400).</translation>
    </message>
    <message>
        <source>%1 kept answering &quot;too many requests&quot; (HTTP 429) after every attempt. Wait a few minutes, or raise the maximum number of API attempts.</source>
        <translation>%1 a continué à répondre &quot;too many requests&quot; (HTTP 429) après chaque tentative. Attendez quelques minutes ou augmentez le nombre maximal de tentatives d&apos;API.</translation>
    </message>
    <message>
        <source>%1 answered the threat-intelligence request with an internal error (HTTP 500). It answers so when the request names no scope: choose an account, a site or a group as the scope of the IOCs and try again.</source>
        <translation>%1 a répondu à la requête de renseignement sur les menaces par une erreur interne (HTTP 500). La console répond ainsi lorsque la requête ne nomme aucun périmètre : choisissez un compte, un site ou un groupe comme périmètre des IOC et réessayez.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2) after every attempt. The console may be down or under maintenance; try again later.</source>
        <translation>%1 a répondu par une erreur serveur (HTTP %2) après chaque tentative. La console est peut-être hors service ou en maintenance ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 is not a SentinelOne console: it answered %2 with a web page or unexpected data instead of the management API. Check the console URL (for example https://yourcompany.sentinelone.net).</source>
        <translation>%1 n&apos;est pas une console SentinelOne : elle a répondu à %2 par une page web ou des données inattendues au lieu de l&apos;API de gestion. Vérifiez l&apos;URL de la console (par exemple https://yourcompany.sentinelone.net).</translation>
    </message>
    <message>
        <source>%1 sent an incomplete or malformed answer for %2 after every attempt.</source>
        <translation>%1 a envoyé une réponse incomplète ou mal formée à %2 après chaque tentative.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3, so reading stopped there and nothing of it was used. An API answer that large is not expected: check that the console URL is the console&apos;s own address (for example https://yourcompany.sentinelone.net), not a proxy or a download.</source>
        <translation>%1 a envoyé pour %2 une réponse dépassant la taille limite de %3 ; la lecture s&apos;est donc arrêtée là et rien n&apos;en a été utilisé. Une réponse d&apos;API aussi volumineuse n&apos;est pas normale : vérifiez que l&apos;URL de la console est bien l&apos;adresse propre de la console (par exemple https://yourcompany.sentinelone.net), et non un proxy ou un téléchargement.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere, so the API token was not sent. Use the final console address directly if you trust it.</source>
        <translation>%1 a redirigé la requête ailleurs, le jeton d&apos;API n&apos;a donc pas été envoyé. Utilisez directement l&apos;adresse finale de la console si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. If the console uses a private certificate authority, install it or pin the certificate in the profile&apos;s TLS settings.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n&apos;est pas approuvé. Si la console utilise une autorité de certification privée, installez-la ou épinglez le certificat dans les paramètres TLS du profil.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 did not complete within %3, after every attempt. The console or the network is very slow right now; try again later.</source>
        <translation>La réponse de %1 à %2 ne s&apos;est pas terminée en %3, après chaque tentative. La console ou le réseau est très lent en ce moment ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: nothing came for %2 while it answered %3, after every attempt. Check the network or the console URL.</source>
        <translation>%1 n&apos;a pas répondu à temps : rien n&apos;est arrivé pendant %2 alors qu&apos;il répondait à %3, après chaque tentative. Vérifiez le réseau ou l&apos;URL de la console.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, after every attempt. Check the network or the console URL.</source>
        <translation>%1 n&apos;a pas répondu à temps, après chaque tentative. Vérifiez le réseau ou l&apos;URL de la console.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the console URL, your network connection and any proxy.</source>
        <translation>Impossible de joindre %1. Vérifiez l&apos;URL de la console, votre connexion réseau et un éventuel proxy.</translation>
    </message>
</context>
<context>
    <name>S1ThreatSource</name>
    <message>
        <source>Initial range: expected 1 to 3,650 days, not %L1.</source>
        <translation>Période initiale : de 1 à 3 650 jours attendus, pas %L1.</translation>
    </message>
    <message>
        <source>Hash types: choose at least one of SHA256, SHA1 and MD5.</source>
        <translation>Types de hachage : choisissez au moins l&apos;un de SHA256, SHA1 et MD5.</translation>
    </message>
    <message>
        <source>Hash types: %1 is not a hash; expected SHA256, SHA1 or MD5.</source>
        <translation>Types de hachage : %1 n&apos;est pas un hachage ; SHA256, SHA1 ou MD5 attendu.</translation>
    </message>
</context>
<context>
    <name>S1ThreatSourceEditor</name>
    <message>
        <source>S&amp;ites:</source>
        <translation>S&amp;ites :</translation>
    </message>
    <message>
        <source>Analyst verdicts:</source>
        <translation>Verdicts des analystes :</translation>
    </message>
    <message>
        <source>&amp;True positive</source>
        <translation>&amp;Vrai positif</translation>
    </message>
    <message>
        <source>Sus&amp;picious</source>
        <translation>Sus&amp;pect</translation>
    </message>
    <message>
        <source>&amp;Undefined</source>
        <translation>&amp;Non défini</translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation>&amp;Faux positif</translation>
    </message>
    <message>
        <source>e.g. Malware, Ransomware (empty: every one)</source>
        <translation>par ex. Malware, Ransomware (vide : toutes)</translation>
    </message>
    <message>
        <source>C&amp;lassifications:</source>
        <translation>&amp;Classifications :</translation>
    </message>
    <message>
        <source>Confidence levels:</source>
        <translation>Niveaux de confiance :</translation>
    </message>
    <message>
        <source>&amp;Malicious</source>
        <translation>&amp;Malveillant</translation>
    </message>
    <message>
        <source>Suspici&amp;ous (confidence)</source>
        <translation>Suspect (c&amp;onfiance)</translation>
    </message>
    <message>
        <source>Hash types:</source>
        <translation>Types de hachage :</translation>
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
        <translation> jours</translation>
    </message>
    <message>
        <source>First pull looks &amp;back:</source>
        <translation>La première récupération &amp;remonte à :</translation>
    </message>
    <message>
        <source>The console is not connected: the sites cannot be listed; without a choice the profile&apos;s whole scope is read.</source>
        <translation>La console n&apos;est pas connectée : les sites ne peuvent pas être listés ; sans choix, tout le périmètre du profil est lu.</translation>
    </message>
    <message>
        <source>Loading the console&apos;s sites…</source>
        <translation>Chargement des sites de la console…</translation>
    </message>
    <message>
        <source>The console&apos;s sites could not be listed: %1</source>
        <translation>Les sites de la console n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>None checked: every site of the profile&apos;s scope.</source>
        <translation>Aucun coché : tous les sites du périmètre du profil.</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>%1: the scheme &quot;%2&quot; is not supported; use https://.</source>
        <translation>%1 : le schéma &quot;%2&quot; n&apos;est pas pris en charge ; utilisez https://.</translation>
    </message>
    <message>
        <source>%1: do not put a user name or password in the address.</source>
        <translation>%1 : ne mettez pas de nom d&apos;utilisateur ni de mot de passe dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid address; %3</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une adresse valide ; %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no host name; %3</source>
        <translation>%1 : &quot;%2&quot; n&apos;a pas de nom d&apos;hôte ; %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No profile is open: the profile&apos;s behaviour is edited here once one is.</source>
        <translation>Aucun profil n&apos;est ouvert : le comportement du profil se modifie ici dès qu&apos;un profil est ouvert.</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>With a system tray, closing the window keeps S1 Bridge syncing in the background.</source>
        <translation>Avec une zone de notification, fermer la fenêtre laisse S1 Bridge synchroniser en arrière-plan.</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Historique des tâches</translation>
    </message>
    <message>
        <source>Keep runs for:</source>
        <translation>Conserver les exécutions pendant :</translation>
    </message>
    <message>
        <source>Could not change the login start: %1</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session : %1</translation>
    </message>
    <message>
        <source>Import &amp;flagged threats only</source>
        <translation>Importer uniquement les menaces &amp;marquées</translation>
    </message>
    <message>
        <source>Import &amp;every threat created after</source>
        <translation>Importer &amp;toutes les menaces créées après</translation>
    </message>
    <message>
        <source>Import threats created after</source>
        <translation>Importer les menaces créées après</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Flag &amp;text:</source>
        <translation>Te&amp;xte de marquage :</translation>
    </message>
    <message>
        <source>An analyst flags a threat for import by adding a note that contains this text.</source>
        <translation>Un analyste marque une menace pour l&apos;import en ajoutant une note contenant ce texte.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import :</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Intervalle de &amp;synchronisation :</translation>
    </message>
    <message>
        <source>Console and OpenCTI connections: Profile ▸ Edit profile.</source>
        <translation>Connexions à la console et à OpenCTI : Profil ▸ Modifier le profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Takes effect when S1 Bridge starts again.</source>
        <translation>Prend effet au prochain démarrage de S1 Bridge.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Saved. Takes effect when S1 Bridge starts again.</source>
        <translation>Enregistré. Prend effet au prochain démarrage de S1 Bridge.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up S1 Bridge</source>
        <translation>Configurer S1 Bridge</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Modifier le profil %1</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Le jeton n&apos;a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>SharingCommand</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Sharing configurations (sources and a rule -&gt; a destination), and the whole exchange setup as JSON.</source>
        <translation>Configurations de partage (sources et une règle -&gt; une destination), et toute la configuration d&apos;échange en JSON.</translation>
    </message>
    <message>
        <source>List the sharing configurations.</source>
        <translation>Lister les configurations de partage.</translation>
    </message>
    <message>
        <source>Show a sharing configuration and how many IOCs it shared, by state.</source>
        <translation>Afficher une configuration de partage et le nombre d&apos;IOC qu&apos;elle a partagés, par état.</translation>
    </message>
    <message>
        <source>Remove a sharing configuration (refused while IOCs are shared through it).</source>
        <translation>Supprimer une configuration de partage (refusé tant que des IOC sont partagés par son intermédiaire).</translation>
    </message>
    <message>
        <source>Print the profile&apos;s sources, the rules and the sharing configurations as one JSON document.</source>
        <translation>Afficher les sources du profil, les règles et les configurations de partage sous la forme d&apos;un seul document JSON.</translation>
    </message>
    <message>
        <source>{&quot;format&quot;: &quot;s1bridge-exchange&quot;, &quot;version&quot;: 1, &quot;sources&quot;: [{name, kind, settings}],
&quot;rules&quot;: [{name, definition}], &quot;sharing&quot;: [{name, definition}]}; sources are named, not
numbered, so the document can be kept in version control and imported elsewhere.
No checkpoints, no IOCs, never a secret.</source>
        <translation>{&quot;format&quot;: &quot;s1bridge-exchange&quot;, &quot;version&quot;: 1, &quot;sources&quot;: [{name, kind, settings}],
&quot;rules&quot;: [{name, definition}], &quot;sharing&quot;: [{name, definition}]} ; les sources sont nommées, non
numérotées, afin que le document puisse être conservé dans un gestionnaire de versions et importé ailleurs.
Ni points de reprise, ni IOC, jamais de secret.</translation>
    </message>
    <message>
        <source>Create or replace sources, rules and sharing configurations from an exported document.</source>
        <translation>Créer ou remplacer des sources, des règles et des configurations de partage à partir d&apos;un document exporté.</translation>
    </message>
    <message>
        <source>Everything is checked before anything is written: every problem is listed, naming
its place (sources[2].settings.url ...), and then nothing changes (exit 2). Entries are
matched by name: an existing one is replaced (a source keeps its checkpoint and its
IOCs); what the document does not name stays.</source>
        <translation>Tout est vérifié avant toute écriture : chaque problème est listé avec
son emplacement (sources[2].settings.url ...), puis rien ne change (code de sortie 2). Les entrées sont
associées par nom : une entrée existante est remplacée (une source conserve son point de reprise et ses
IOC) ; ce que le document ne nomme pas reste en place.</translation>
    </message>
    <message>
        <source>Add a sharing configuration: sources and a rule -&gt; the console&apos;s threat intelligence, OpenCTI or a file.</source>
        <translation>Ajouter une configuration de partage : sources et une règle -&gt; le renseignement sur les menaces de la console, OpenCTI ou un fichier.</translation>
    </message>
    <message>
        <source>--destination s1 (the default) needs --scope (account:ID, site:ID or group:ID; never empty);
--destination opencti sends indicators to the OpenCTI of the profile (--to-profile NAME);
--destination file writes every shared IOC to --path (absolute) as --format csv or stix.
Without --sources, every source; without --rule, every IOC of them. --valid-days TYPE=N,...
sets how long each type lives at the destination (cut to SentinelOne&apos;s caps there: 30 days
for IPs, 180 for the others; a note says so; a file keeps each IOC&apos;s own valid until).
Every problem is named by its option; nothing is saved (exit 2).</source>
        <translation>--destination s1 (par défaut) nécessite --scope (account:ID, site:ID ou group:ID ; jamais vide) ;
--destination opencti envoie des indicateurs à l&apos;OpenCTI du profil (--to-profile NAME) ;
--destination file écrit chaque IOC partagé dans --path (absolu) au --format csv ou stix.
Sans --sources, toutes les sources ; sans --rule, tous leurs IOC. --valid-days TYPE=N,...
définit la durée de vie de chaque type à la destination (ramenée aux plafonds de SentinelOne : 30 jours
pour les IP, 180 pour les autres ; une note l&apos;indique ; un fichier conserve la date de validité propre à chaque IOC).
Chaque problème est nommé par son option ; rien n&apos;est enregistré (code de sortie 2).</translation>
    </message>
    <message>
        <source>Where the IOCs go: account:ID, site:ID or group:ID.</source>
        <translation>Où vont les IOC : account:ID, site:ID ou group:ID.</translation>
    </message>
    <message>
        <source>The sources (names, separated by commas); default all.</source>
        <translation>Les sources (noms, séparés par des virgules) ; par défaut toutes.</translation>
    </message>
    <message>
        <source>The business rule that decides what is shared.</source>
        <translation>La règle métier qui décide de ce qui est partagé.</translation>
    </message>
    <message>
        <source>The `source` written on each IOC (default &quot;S1 Bridge&quot;).</source>
        <translation>La `source` écrite sur chaque IOC (par défaut &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>Days an IOC lives at the console, per type: SHA256=180,IPV4=30.</source>
        <translation>Jours de vie d&apos;un IOC dans la console, par type : SHA256=180,IPV4=30.</translation>
    </message>
    <message>
        <source>IOCs per request (1-%1, default %2).</source>
        <translation>IOC par requête (1-%1, par défaut %2).</translation>
    </message>
    <message>
        <source>Pace below the console&apos;s rate limit (default %1; 0: no pacing).</source>
        <translation>Cadence sous la limite de débit de la console (par défaut %1 ; 0 : pas de limitation).</translation>
    </message>
    <message>
        <source>Send to the console (or the OpenCTI) of this saved profile (default: the one the sources belong to).</source>
        <translation>Envoyer à la console (ou à l&apos;OpenCTI) de ce profil enregistré (par défaut : celui auquel appartiennent les sources).</translation>
    </message>
    <message>
        <source>Where the IOCs go: s1 (the console&apos;s threat intelligence, the default), opencti (the profile&apos;s OpenCTI, as indicators) or file (--path, --format).</source>
        <translation>Où vont les IOC : s1 (le renseignement sur les menaces de la console, par défaut), opencti (l&apos;OpenCTI du profil, en tant qu&apos;indicateurs) ou file (--path, --format).</translation>
    </message>
    <message>
        <source>--destination file: the absolute path of the file written at each run.</source>
        <translation>--destination file : le chemin absolu du fichier écrit à chaque exécution.</translation>
    </message>
    <message>
        <source>--destination file: csv (the default) or stix (a STIX 2.1 bundle).</source>
        <translation>--destination file : csv (par défaut) ou stix (un bundle STIX 2.1).</translation>
    </message>
    <message>
        <source>Saved, but not run by &apos;s1bridge-cli run&apos; on its period.</source>
        <translation>Enregistrée, mais pas exécutée par &apos;s1bridge-cli run&apos; selon sa période.</translation>
    </message>
    <message>
        <source>Send nothing: say what would be sent.</source>
        <translation>Ne rien envoyer : indiquer ce qui serait envoyé.</translation>
    </message>
    <message>
        <source>How many IOCs would be created, renewed and retracted, with samples; sends nothing.</source>
        <translation>Combien d&apos;IOC seraient créés, renouvelés et retirés, avec des exemples ; n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Share now: send what is new or changed, renew, retract (recorded in the job history).</source>
        <translation>Partager maintenant : envoyer ce qui est nouveau ou modifié, renouveler, retirer (enregistré dans l&apos;historique des tâches).</translation>
    </message>
    <message>
        <source>Progress on stderr; the counts on stdout. A killed run resumes where it stopped: IOCs
sent without a recorded answer are read back first, never sent twice.
Exit 0; 3 when the token is refused or cannot write in the scope; 4 when the console
failed or refused some IOCs.</source>
        <translation>Progression sur stderr ; les compteurs sur stdout. Une exécution interrompue reprend là où elle s&apos;est arrêtée : les IOC
envoyés sans réponse enregistrée sont d&apos;abord relus, jamais envoyés deux fois.
Code de sortie 0 ; 3 si le jeton est refusé ou ne peut pas écrire dans le périmètre ; 4 si la console
a échoué ou a refusé certains IOC.</translation>
    </message>
    <message>
        <source>sharing configuration &quot;%1&quot;: %2; &apos;s1bridge-cli sharing list&apos; shows them</source>
        <translation>configuration de partage &quot;%1&quot; : %2 ; &apos;s1bridge-cli sharing list&apos; les affiche</translation>
    </message>
    <message>
        <source>a sharing configuration named &quot;%1&quot; exists already (&apos;sharing remove %1&apos; first)</source>
        <translation>une configuration de partage nommée &quot;%1&quot; existe déjà (&apos;sharing remove %1&apos; d&apos;abord)</translation>
    </message>
    <message>
        <source>--to-profile: %1</source>
        <translation>--to-profile : %1</translation>
    </message>
    <message>
        <source>--path: required with --destination file: the absolute path of the file to write</source>
        <translation>--path : obligatoire avec --destination file : le chemin absolu du fichier à écrire</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a file format; expected csv or stix</source>
        <translation>--format : &quot;%1&quot; n&apos;est pas un format de fichier ; csv ou stix attendu</translation>
    </message>
    <message>
        <source>--destination: &quot;%1&quot; is not a destination; expected s1, opencti or file</source>
        <translation>--destination : &quot;%1&quot; n&apos;est pas une destination ; s1, opencti ou file attendu</translation>
    </message>
    <message>
        <source>--scope: only for --destination s1 (a SentinelOne scope)</source>
        <translation>--scope : uniquement pour --destination s1 (un périmètre SentinelOne)</translation>
    </message>
    <message>
        <source>--path and --format: only for --destination file</source>
        <translation>--path et --format : uniquement pour --destination file</translation>
    </message>
    <message>
        <source>--sources: no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>--sources : aucune source nommée &quot;%1&quot; ; &apos;s1bridge-cli sources list&apos; les affiche</translation>
    </message>
    <message>
        <source>--rule: no business rule named &quot;%1&quot;; &apos;s1bridge-cli rules list&apos; shows them</source>
        <translation>--rule : aucune règle métier nommée &quot;%1&quot; ; &apos;s1bridge-cli rules list&apos; les affiche</translation>
    </message>
    <message>
        <source>--valid-days: &quot;%1&quot; is not an IOC type; expected TYPE=N with TYPE one of %2</source>
        <translation>--valid-days : &quot;%1&quot; n&apos;est pas un type d&apos;IOC ; TYPE=N attendu, TYPE étant l&apos;un de %2</translation>
    </message>
    <message>
        <source>--valid-days: %1: expected a whole number of days from 1 to %2</source>
        <translation>--valid-days : %1 : un nombre entier de jours de 1 à %2 est attendu</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the sharing configuration was not saved</source>
        <translation>
            <numerusform>%n problème ; la configuration de partage n&apos;a pas été enregistrée</numerusform>
            <numerusform>%n problèmes ; la configuration de partage n&apos;a pas été enregistrée</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the sharing configuration &quot;%1&quot; (%2, %3). &apos;sharing test %1&apos; shows what it would send.</source>
        <translation>Configuration de partage &quot;%1&quot; ajoutée (%2, %3). &apos;sharing test %1&apos; montre ce qu&apos;elle enverrait.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>No sharing configurations yet (&apos;sharing import FILE&apos; brings them in).</source>
        <translation>Aucune configuration de partage pour l&apos;instant (&apos;sharing import FILE&apos; les importe).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVÉE</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation>PARTAGÉS</translation>
    </message>
    <message>
        <source>no sharing configuration named &quot;%1&quot;; &apos;s1bridge-cli sharing list&apos; shows them</source>
        <translation>aucune configuration de partage nommée &quot;%1&quot; ; &apos;s1bridge-cli sharing list&apos; les affiche</translation>
    </message>
    <message>
        <source>Sharing configuration: %1</source>
        <translation>Configuration de partage : %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destination : %1</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>Activée : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>Partages : %1</translation>
    </message>
    <message>
        <source>Removed the sharing configuration &quot;%1&quot;.</source>
        <translation>Configuration de partage &quot;%1&quot; supprimée.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: not JSON at offset %2: %3; expected the document &apos;sharing export&apos; writes</source>
        <translation>%1 : pas du JSON à la position %2 : %3 ; le document écrit par &apos;sharing export&apos; est attendu</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot; (a document written by &apos;sharing export&apos;)</source>
        <translation>format : &quot;%1&quot; attendu (un document écrit par &apos;sharing export&apos;)</translation>
    </message>
    <message>
        <source>version: expected %1, not %2</source>
        <translation>version : %1 attendu, pas %2</translation>
    </message>
    <message>
        <source>%1: not a member of the document; expected sources, rules and sharing</source>
        <translation>%1 : pas un membre du document ; sources, rules et sharing attendus</translation>
    </message>
    <message>
        <source>%1: expected an array</source>
        <translation>%1 : un tableau est attendu</translation>
    </message>
    <message>
        <source>%1.name: expected a non-empty name</source>
        <translation>%1.name : un nom non vide est attendu</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is named twice in the document</source>
        <translation>%1.name : &quot;%2&quot; apparaît deux fois dans le document</translation>
    </message>
    <message>
        <source>%1.definition: expected an object</source>
        <translation>%1.definition : un objet est attendu</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1.definition.%2</source>
        <translation>%1.definition.%2</translation>
    </message>
    <message>
        <source>sharing (%1).definition.rule: there is no business rule named &quot;%2&quot;</source>
        <translation>sharing (%1).definition.rule : il n&apos;existe aucune règle métier nommée &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1 : %n problème ; rien n&apos;a été importé</numerusform>
            <numerusform>%1 : %n problèmes ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 sources, %2 rules and %3 sharing configurations (%4 created, %5 replaced).</source>
        <translation>%1 sources, %2 règles et %3 configurations de partage importées (%4 créées, %5 remplacées).</translation>
    </message>
</context>
<context>
    <name>SharingConfig</name>
    <message>
        <source>%1: expected a whole number from %L2 to %L3.</source>
        <translation>%1 : un nombre entier de %L2 à %L3 est attendu.</translation>
    </message>
    <message>
        <source>%1: %2 days asked; SentinelOne keeps IP IOCs at most %3 days, so %3 are sent and the IOC is renewed before it expires.</source>
        <translation>%1 : %2 jours demandés ; SentinelOne conserve les IOC d&apos;IP au plus %3 jours, donc %3 sont envoyés et l&apos;IOC est renouvelé avant son expiration.</translation>
    </message>
    <message>
        <source>%1: %2 days asked; SentinelOne keeps these IOCs at most %3 days, so %3 are sent and the IOC is renewed before it expires.</source>
        <translation>%1 : %2 jours demandés ; SentinelOne conserve ces IOC au plus %3 jours, donc %3 sont envoyés et l&apos;IOC est renouvelé avant son expiration.</translation>
    </message>
    <message>
        <source>destination.target.path: required, the absolute path of the file to write.</source>
        <translation>destination.target.path : obligatoire, le chemin absolu du fichier à écrire.</translation>
    </message>
    <message>
        <source>destination.target.path: &quot;%1&quot; is relative; give an absolute path (the schedule runs from another directory).</source>
        <translation>destination.target.path : &quot;%1&quot; est relatif ; indiquez un chemin absolu (la planification s&apos;exécute depuis un autre répertoire).</translation>
    </message>
    <message>
        <source>destination.target.path: %1 is a directory; give the path of a file in it.</source>
        <translation>destination.target.path : %1 est un répertoire ; indiquez le chemin d&apos;un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>destination.target.path: the directory %1 does not exist; create it or choose another.</source>
        <translation>destination.target.path : le répertoire %1 n&apos;existe pas ; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>OpenCTI of this profile</source>
        <translation>OpenCTI de ce profil</translation>
    </message>
    <message>
        <source>OpenCTI of profile %1</source>
        <translation>OpenCTI du profil %1</translation>
    </message>
    <message>
        <source>STIX 2.1 file %1</source>
        <translation>Fichier STIX 2.1 %1</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>Fichier CSV %1</translation>
    </message>
    <message>
        <source>SentinelOne threat intelligence, %1</source>
        <translation>Renseignement sur les menaces SentinelOne, %1</translation>
    </message>
    <message>
        <source>%1: not a field of a sharing configuration (expected one of %2).</source>
        <translation>%1 : pas un champ d&apos;une configuration de partage (l&apos;un de %2 attendu).</translation>
    </message>
    <message>
        <source>enabled: expected true or false.</source>
        <translation>enabled : true ou false attendu.</translation>
    </message>
    <message>
        <source>sources: expected a list of source ids (text).</source>
        <translation>sources : une liste d&apos;ID de sources (texte) est attendue.</translation>
    </message>
    <message>
        <source>rule.id: expected the positive id of a business rule.</source>
        <translation>rule.id : l&apos;ID positif d&apos;une règle métier est attendu.</translation>
    </message>
    <message>
        <source>rule.name: expected the name of a business rule.</source>
        <translation>rule.name : le nom d&apos;une règle métier est attendu.</translation>
    </message>
    <message>
        <source>rule: expected the name of a business rule or {&quot;id&quot;, &quot;name&quot;}.</source>
        <translation>rule : le nom d&apos;une règle métier ou {&quot;id&quot;, &quot;name&quot;} est attendu.</translation>
    </message>
    <message>
        <source>destination: required, {&quot;kind&quot;: &quot;s1-threat-intel&quot;, &quot;target&quot;: {&quot;scope&quot;: &quot;account:ID&quot;}}.</source>
        <translation>destination : obligatoire, {&quot;kind&quot;: &quot;s1-threat-intel&quot;, &quot;target&quot;: {&quot;scope&quot;: &quot;account:ID&quot;}}.</translation>
    </message>
    <message>
        <source>destination.kind: &quot;%1&quot; is not a destination (expected s1-threat-intel, opencti or file).</source>
        <translation>destination.kind : &quot;%1&quot; n&apos;est pas une destination (s1-threat-intel, opencti ou file attendu).</translation>
    </message>
    <message>
        <source>destination.target: expected an object.</source>
        <translation>destination.target : un objet est attendu.</translation>
    </message>
    <message>
        <source>destination.target.profileId: expected the id of a profile (text).</source>
        <translation>destination.target.profileId : l&apos;ID d&apos;un profil (texte) est attendu.</translation>
    </message>
    <message>
        <source>destination.target.scope: expected account:ID, site:ID or group:ID (never empty: SentinelOne answers a POST without a scope with an error).</source>
        <translation>destination.target.scope : account:ID, site:ID ou group:ID attendu (jamais vide : SentinelOne répond à un POST sans périmètre par une erreur).</translation>
    </message>
    <message>
        <source>destination.target.format: &quot;%1&quot; is not a file format (expected csv or stix).</source>
        <translation>destination.target.format : &quot;%1&quot; n&apos;est pas un format de fichier (csv ou stix attendu).</translation>
    </message>
    <message>
        <source>destination.target.%1: not a field of a %2 destination (expected %3).</source>
        <translation>destination.target.%1 : pas un champ d&apos;une destination %2 (%3 attendu).</translation>
    </message>
    <message>
        <source>sourceText: expected the text written as `source` on each IOC.</source>
        <translation>sourceText : le texte écrit comme `source` sur chaque IOC est attendu.</translation>
    </message>
    <message>
        <source>agingDays: expected {&quot;IPV4&quot;: days, &quot;SHA256&quot;: days, ...}.</source>
        <translation>agingDays : {&quot;IPV4&quot;: jours, &quot;SHA256&quot;: jours, ...} attendu.</translation>
    </message>
    <message>
        <source>agingDays.%1: not an IOC type (expected one of %2).</source>
        <translation>agingDays.%1 : pas un type d&apos;IOC (l&apos;un de %2 attendu).</translation>
    </message>
    <message>
        <source>agingDays.%1: expected a whole number of days from 1 to %L2.</source>
        <translation>agingDays.%1 : un nombre entier de jours de 1 à %L2 est attendu.</translation>
    </message>
    <message>
        <source>name: a sharing configuration needs a name.</source>
        <translation>name : une configuration de partage doit avoir un nom.</translation>
    </message>
    <message>
        <source>destination.target.scope: %1</source>
        <translation>destination.target.scope : %1</translation>
    </message>
    <message>
        <source>sourceText: SentinelOne requires a source text on each IOC (e.g. &quot;S1 Bridge&quot;).</source>
        <translation>sourceText : SentinelOne exige un texte de source sur chaque IOC (par ex. &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>batchSize: expected a whole number from 1 to %L1.</source>
        <translation>batchSize : un nombre entier de 1 à %L1 est attendu.</translation>
    </message>
    <message>
        <source>requestsPerMinute: expected 0 (no pacing) or more.</source>
        <translation>requestsPerMinute : 0 (pas de limitation) ou plus attendu.</translation>
    </message>
    <message>
        <source>renewMarginHours: expected a whole number from 1 to %L1.</source>
        <translation>renewMarginHours : un nombre entier de 1 à %L1 est attendu.</translation>
    </message>
    <message>
        <source>There is no sharing configuration named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune configuration de partage nommée &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Ena&amp;bled: runs on the profile&apos;s schedule</source>
        <translation>&amp;Activée : s&apos;exécute selon la planification du profil</translation>
    </message>
    <message>
        <source>Add a sharing configuration</source>
        <translation>Ajouter une configuration de partage</translation>
    </message>
    <message>
        <source>Edit the sharing configuration &quot;%1&quot;</source>
        <translation>Modifier la configuration de partage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everything (no rule)</source>
        <translation>Tout (aucune règle)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Péri&amp;mètre :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>The indicators go to the OpenCTI of the profile above.</source>
        <translation>Les indicateurs vont vers l&apos;OpenCTI du profil ci-dessus.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation>Bundle STIX 2.1</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Forma&amp;t :</translation>
    </message>
    <message>
        <source>Days an IOC lives at the destination</source>
        <translation>Jours de vie d&apos;un IOC à la destination</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>So&amp;urces (none: every source):</source>
        <translation>&amp;Sources (aucune : toutes les sources) :</translation>
    </message>
    <message>
        <source>Business &amp;rule:</source>
        <translation>&amp;Règle métier :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Write the IOCs to</source>
        <translation>Écrire les IOC dans</translation>
    </message>
    <message>
        <source>The console of this profile is not connected: type the id of the account, site or group.</source>
        <translation>La console de ce profil n&apos;est pas connectée : saisissez l&apos;ID du compte, du site ou du groupe.</translation>
    </message>
    <message>
        <source>Loading the console&apos;s accounts, sites and groups…</source>
        <translation>Chargement des comptes, sites et groupes de la console…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name: a sharing configuration needs a name.</source>
        <translation>Nom : une configuration de partage doit avoir un nom.</translation>
    </message>
    <message>
        <source>Name: another sharing configuration is called &quot;%1&quot;; choose another.</source>
        <translation>Nom : une autre configuration de partage s&apos;appelle déjà &quot;%1&quot; ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Target: choose the account, site or group that receives the IOCs.</source>
        <translation>Cible : choisissez le compte, le site ou le groupe qui reçoit les IOC.</translation>
    </message>
    <message>
        <source>File: choose where the IOCs are written.</source>
        <translation>Fichier : choisissez où les IOC sont écrits.</translation>
    </message>
    <message>
        <source>The IOC database is not open: nothing can be saved.</source>
        <translation>La base de données des IOC n&apos;est pas ouverte : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SharingListModel</name>
    <message>
        <source>SentinelOne threat intelligence</source>
        <translation>Renseignement sur les menaces SentinelOne</translation>
    </message>
    <message>
        <source>OpenCTI</source>
        <translation>OpenCTI</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>ce profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OpenCTI of %1</source>
        <translation>OpenCTI de %1</translation>
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
        <translation>(source supprimée)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <translation>%1 → %2 → %3</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>toutes les sources</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, en cours</translation>
    </message>
    <message>
        <source>%1, succeeded</source>
        <translation>%1, réussie</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, échouée</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <translation>%1, annulée</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sources → rule → destination</source>
        <translation>Sources → règle → destination</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>Test shows what a run would create, renew and retract, without sending.</source>
        <translation>« Tester » montre ce qu&apos;une exécution créerait, renouvellerait et retirerait, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Saved the sharing configuration &quot;%1&quot;.</source>
        <translation>Configuration de partage « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Remove the sharing configuration</source>
        <translation>Supprimer la configuration de partage</translation>
    </message>
    <message>
        <source>Remove the sharing configuration &quot;%1&quot;?</source>
        <translation>Supprimer la configuration de partage « %1 » ?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removed the sharing configuration &quot;%1&quot;.</source>
        <translation>Configuration de partage « %1 » supprimée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be tested now: %2</source>
        <translation>« %1 » ne peut pas être testée maintenant : %2</translation>
    </message>
    <message>
        <source>The test of &quot;%1&quot; failed: %2</source>
        <translation>Le test de « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>Test of &quot;%1&quot; (nothing was sent): %2 to create, %3 to renew, %4 to retract%5.</source>
        <translation>Test de « %1 » (rien n&apos;a été envoyé) : %2 à créer, %3 à renouveler, %4 à retirer%5.</translation>
    </message>
    <message>
        <source>, %1 pending from an interrupted run</source>
        <translation>, %1 en attente d&apos;une exécution interrompue</translation>
    </message>
    <message>
        <source>Would create, for example:</source>
        <translation>Créerait par exemple :</translation>
    </message>
    <message>
        <source>Would renew, for example:</source>
        <translation>Renouvellerait par exemple :</translation>
    </message>
    <message>
        <source>Would retract, for example:</source>
        <translation>Retirerait par exemple :</translation>
    </message>
    <message>
        <source>The test of &quot;%1&quot; could not be queued.</source>
        <translation>Le test de « %1 » n&apos;a pas pu être mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Test de « %1 »…</translation>
    </message>
    <message>
        <source>The console of &quot;%1&quot; is not connected: it cannot run now.</source>
        <translation>La console de « %1 » n&apos;est pas connectée : la configuration ne peut pas s&apos;exécuter maintenant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run now: a run of it is queued or running, or its destination belongs to another profile&apos;s session.</source>
        <translation>« %1 » ne peut pas s&apos;exécuter maintenant : une exécution est déjà en file d&apos;attente ou en cours, ou sa destination appartient à la session d&apos;un autre profil.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;: its progress shows in the status bar; the run is recorded in Jobs.</source>
        <translation>Exécution de « %1 » : sa progression s&apos;affiche dans la barre d&apos;état ; l&apos;exécution est enregistrée dans Tâches.</translation>
    </message>
    <message>
        <source>Sharing &quot;%1&quot;…</source>
        <translation>Partage de « %1 »…</translation>
    </message>
    <message>
        <source>Sharing configurations</source>
        <translation>Configurations de partage</translation>
    </message>
    <message>
        <source>Result of the test or run</source>
        <translation>Résultat du test ou de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>SignalWatcher</name>
    <message>
        <source>another SignalWatcher is already active in this process</source>
        <translation>un autre SignalWatcher est déjà actif dans ce processus</translation>
    </message>
    <message>
        <source>cannot create the pipe for SIGINT and SIGTERM: %1</source>
        <translation>impossible de créer le tube pour SIGINT et SIGTERM : %1</translation>
    </message>
    <message>
        <source>SIGINT and SIGTERM are not watched on this platform</source>
        <translation>SIGINT et SIGTERM ne sont pas surveillés sur cette plateforme</translation>
    </message>
</context>
<context>
    <name>SitesCommand</name>
    <message>
        <source>The console&apos;s sites.</source>
        <translation>Les sites de la console.</translation>
    </message>
    <message>
        <source>List the sites the token can see.</source>
        <translation>Lister les sites que le jeton peut voir.</translation>
    </message>
    <message>
        <source>With an account (S1_ACCOUNT_ID, --account or the profile&apos;s), the sites of that account.</source>
        <translation>Avec un compte (S1_ACCOUNT_ID, --account ou celui du profil) : les sites de ce compte.</translation>
    </message>
    <message>
        <source>SITE ID</source>
        <translation>ID DU SITE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add a source: %1</source>
        <translation>Ajouter une source : %1</translation>
    </message>
    <message>
        <source>Edit the source &quot;%1&quot;</source>
        <translation>Modifier la source « %1 »</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name: a source needs a name.</source>
        <translation>Nom : une source doit avoir un nom.</translation>
    </message>
    <message>
        <source>Name: another source of this profile is called &quot;%1&quot;; choose another.</source>
        <translation>Nom : une autre source de ce profil s&apos;appelle déjà « %1 ». Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; sources cannot be edited here.</source>
        <translation>Type : les sources « %1 » ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <source>The IOC database is not open: nothing can be saved.</source>
        <translation>La base de données des IOC n&apos;est pas ouverte : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The source is saved, its values are not: %1</source>
        <translation>La source est enregistrée, mais pas ses valeurs : %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n value(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n valeur ajoutée à « %1 ».</numerusform>
            <numerusform>%n valeurs ajoutées à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is not in the keychain: %2</source>
        <translation>Les identifiants de « %1 » ne sont pas dans le trousseau : %2</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>SentinelOne threats</source>
        <translation>Menaces SentinelOne</translation>
    </message>
    <message>
        <source>Feed or file</source>
        <translation>Flux ou fichier</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>OpenCTI indicators</source>
        <translation>Indicateurs OpenCTI</translation>
    </message>
    <message>
        <source>TAXII collection</source>
        <translation>Collection TAXII</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not pulled</source>
        <translation>non récupérée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>Counts of the last pull</source>
        <translation>Décomptes de la dernière récupération</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>%1: not modified since the last pull; nothing changed</source>
        <translation>%1 : non modifiée depuis la dernière récupération ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected, %6 no longer listed</source>
        <translation>%1 : %2 nouveaux, %3 mis à jour, %4 inchangés, %5 rejetés, %6 plus listés</translation>
    </message>
    <message>
        <source>Where the profile&apos;s IOCs come from: a manual list, a feed or file, the console&apos;s threats, the profile&apos;s OpenCTI indicators, a TAXII 2.1 collection.</source>
        <translation>D&apos;où viennent les IOC du profil : une liste manuelle, un flux ou un fichier, les menaces de la console, les indicateurs OpenCTI du profil, une collection TAXII 2.1.</translation>
    </message>
    <message>
        <source>List the profile&apos;s IOC sources, their last pull and how many IOCs they report.</source>
        <translation>Lister les sources d&apos;IOC du profil, leur dernière récupération et le nombre d&apos;IOC qu&apos;elles signalent.</translation>
    </message>
    <message>
        <source>Add a source: KIND is manual, feed, s1-threats, opencti or taxii.</source>
        <translation>Ajouter une source : KIND vaut manual, feed, s1-threats, opencti ou taxii.</translation>
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
        <translation>manual       valeurs saisies avec &apos;iocs add&apos; ou importées avec &apos;iocs import&apos;.
feed         --url URL (http ou https ; relue à chaque récupération, ETag et Last-Modified respectés)
             ou --file PATH ; --format text|csv|stix (par défaut : détecté d&apos;après le contenu).
s1-threats   les menaces de la console, un IOC par hachage : --sites (ID ou noms, séparés par
             des virgules ; les noms sont recherchés sur la console ; par défaut la portée du profil),
             --verdicts (verdicts d&apos;analyste, par défaut suspicious,true_positive,undefined ; &apos;all&apos;
             pour tous), --days N (la première récupération remonte N jours, par défaut 7 ; les
             suivantes reprennent là où la dernière s&apos;est arrêtée), --hashes (par défaut sha256,md5 ;
             sha1 sur demande).
opencti      les indicateurs de l&apos;OpenCTI du profil, un IOC par motif à observable unique :
             --min-score N (0-100, par défaut 0), --labels (l&apos;un quelconque, séparés par des virgules ;
             par défaut tous les labels), --max-marking TLP:CLEAR|TLP:GREEN|TLP:AMBER|TLP:AMBER+STRICT|TLP:RED
             (par défaut TLP:AMBER ; les indicateurs marqués au-dessus sont exclus), --days N (par défaut 30),
             --page-size N (1-500, par défaut 500). Les indicateurs révoqués, expirés ou dégradés mettent fin
             à leur IOC à la source.
taxii        une collection TAXII 2.1 : --url URL (l&apos;adresse de découverte ou une racine d&apos;API),
             --collection ID (obligatoire), --api-root URL (par défaut : la racine par défaut de l&apos;URL),
             --auth none|basic|bearer (par défaut none), --username NAME (basic), --days N
             (par défaut 30), --page-size N (1-10000, par défaut 1000). Le mot de passe ou le jeton va
             dans le trousseau avec &apos;sources credential NAME FILE&apos;.
Une option propre à un autre type est une erreur qui la nomme.</translation>
    </message>
    <message>
        <source>feed, taxii: the feed&apos;s or TAXII server&apos;s http(s) URL (not the console&apos;s, for this subcommand).</source>
        <translation>feed, taxii : l&apos;URL http(s) du flux ou du serveur TAXII (pas celle de la console, pour cette sous-commande).</translation>
    </message>
    <message>
        <source>feed: a local file, re-read at every pull.</source>
        <translation>feed : un fichier local, relu à chaque récupération.</translation>
    </message>
    <message>
        <source>feed: text, csv, stix or auto (default).</source>
        <translation>feed : text, csv, stix ou auto (par défaut).</translation>
    </message>
    <message>
        <source>s1-threats: site IDs or names, separated by commas.</source>
        <translation>s1-threats : ID ou noms de sites, séparés par des virgules.</translation>
    </message>
    <message>
        <source>s1-threats: analyst verdicts, separated by commas, or all.</source>
        <translation>s1-threats : verdicts d&apos;analyste, séparés par des virgules, ou all.</translation>
    </message>
    <message>
        <source>s1-threats, opencti, taxii: how many days the first pull looks back (1-3650).</source>
        <translation>s1-threats, opencti, taxii : nombre de jours sur lesquels remonte la première récupération (1-3650).</translation>
    </message>
    <message>
        <source>s1-threats: hash types: sha256, md5, sha1 (separated by commas).</source>
        <translation>s1-threats : types de hachage : sha256, md5, sha1 (séparés par des virgules).</translation>
    </message>
    <message>
        <source>opencti: the lowest x_opencti_score taken (0-100).</source>
        <translation>opencti : le x_opencti_score minimal retenu (0-100).</translation>
    </message>
    <message>
        <source>opencti: labels, separated by commas (any of).</source>
        <translation>opencti : labels, séparés par des virgules (l&apos;un quelconque).</translation>
    </message>
    <message>
        <source>opencti: the highest TLP marking taken, e.g. TLP:AMBER.</source>
        <translation>opencti : le marquage TLP le plus élevé retenu, p. ex. TLP:AMBER.</translation>
    </message>
    <message>
        <source>opencti, taxii: indicators per request.</source>
        <translation>opencti, taxii : indicateurs par requête.</translation>
    </message>
    <message>
        <source>taxii: the API root&apos;s URL.</source>
        <translation>taxii : l&apos;URL de la racine d&apos;API.</translation>
    </message>
    <message>
        <source>taxii: the collection&apos;s id.</source>
        <translation>taxii : l&apos;identifiant de la collection.</translation>
    </message>
    <message>
        <source>taxii: none, basic or bearer.</source>
        <translation>taxii : none, basic ou bearer.</translation>
    </message>
    <message>
        <source>taxii: the user name of basic authentication.</source>
        <translation>taxii : le nom d&apos;utilisateur de l&apos;authentification basic.</translation>
    </message>
    <message>
        <source>Remove a source (its IOCs stay; the share job retracts what no source reports).</source>
        <translation>Supprimer une source (ses IOC restent ; la tâche de partage retire ce qu&apos;aucune source ne signale).</translation>
    </message>
    <message>
        <source>Keep a feed&apos;s or TAXII source&apos;s credential in the keychain (FILE holds it; - reads stdin).</source>
        <translation>Conserver les identifiants d&apos;un flux ou d&apos;une source TAXII dans le trousseau (FILE les contient ; - lit stdin).</translation>
    </message>
    <message>
        <source>For a feed, FILE holds the value of the Authorization header the feed expects, on one
line, e.g. &quot;Bearer &lt;token&gt;&quot; or &quot;Basic &lt;base64 of user:password&gt;&quot;. For a taxii source it
holds the password (--auth basic) or the token (--auth bearer), on one line. It goes into
the keychain (never into a file, the database or a command line) and is sent to the
source&apos;s host only: never to another host it redirects to.</source>
        <translation>Pour un flux, FILE contient la valeur de l&apos;en-tête Authorization attendue par le flux, sur une
ligne, p. ex. &quot;Bearer &lt;token&gt;&quot; ou &quot;Basic &lt;base64 of user:password&gt;&quot;. Pour une source taxii, il
contient le mot de passe (--auth basic) ou le jeton (--auth bearer), sur une ligne. La valeur va dans
le trousseau (jamais dans un fichier, la base de données ou une ligne de commande) et n&apos;est envoyée
qu&apos;à l&apos;hôte de la source : jamais à un autre hôte vers lequel il redirige.</translation>
    </message>
    <message>
        <source>Pull a feed, the console&apos;s threats, OpenCTI&apos;s indicators or a TAXII collection into the IOC store now.</source>
        <translation>Récupérer maintenant un flux, les menaces de la console, les indicateurs d&apos;OpenCTI ou une collection TAXII dans le magasin d&apos;IOC.</translation>
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
        <translation>Un flux est relu (une URL avec If-None-Match / If-Modified-Since : un flux inchangé ne
change rien) ; les IOC qu&apos;il ne liste plus cessent d&apos;être signalés par lui. Les lignes refusées sont
listées sur stderr sous la forme URL:LINE: raison et ne font pas échouer la récupération. s1-threats lit les
menaces mises à jour depuis la dernière récupération réussie (une tâche enregistrée dans l&apos;historique des tâches) ; son
point de reprise n&apos;avance que si toute la récupération a réussi. opencti et taxii lisent ce qui a été
mis à jour (ajouté) depuis la dernière récupération réussie ; les motifs à plusieurs observables sont
listés sur stderr avec la raison.
Affiche : N nouveaux, M mis à jour, K inchangés, R rejetés, A plus listés.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No sources yet: &apos;iocs add&apos; makes the manual one; &apos;sources add NAME feed --url URL&apos; adds a feed.</source>
        <translation>Aucune source pour l&apos;instant : &apos;iocs add&apos; crée la source manuelle ; &apos;sources add NAME feed --url URL&apos; ajoute un flux.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>IOCS</source>
        <translation>IOC</translation>
    </message>
    <message>
        <source>LAST PULL</source>
        <translation>DERNIÈRE RÉCUPÉRATION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SETTINGS</source>
        <translation>PARAMÈTRES</translation>
    </message>
    <message>
        <source>NAME: a source needs a name</source>
        <translation>NAME : une source doit avoir un nom</translation>
    </message>
    <message>
        <source>KIND: &quot;%1&quot; is not a source kind; expected manual, feed, s1-threats, opencti or taxii</source>
        <translation>KIND : &quot;%1&quot; n&apos;est pas un type de source ; attendu : manual, feed, s1-threats, opencti ou taxii</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; exists already (&apos;sources remove %1&apos; first)</source>
        <translation>une source nommée « %1 » existe déjà (&apos;sources remove %1&apos; d&apos;abord)</translation>
    </message>
    <message>
        <source>--%1 is not an option of a %2 source</source>
        <translation>--%1 n&apos;est pas une option d&apos;une source %2</translation>
    </message>
    <message>
        <source>--days: expected a whole number of days from 1 to 3650, not &quot;%1&quot;</source>
        <translation>--days : nombre entier de jours de 1 à 3650 attendu, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--hashes: &quot;%1&quot; is not a hash type; expected sha256, md5 or sha1</source>
        <translation>--hashes : &quot;%1&quot; n&apos;est pas un type de hachage ; attendu : sha256, md5 ou sha1</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; was not added</source>
        <translation>la source « %1 » n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <source>Added the %1 source &quot;%2&quot;.</source>
        <translation>Source %1 « %2 » ajoutée.</translation>
    </message>
    <message>
        <source>--sites: the console has no site &quot;%1&quot;; its sites are: %2</source>
        <translation>--sites : la console n&apos;a pas de site &quot;%1&quot; ; ses sites sont : %2</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;; &apos;s1bridge-cli sources list&apos; shows them</source>
        <translation>aucune source nommée « %1 » ; &apos;s1bridge-cli sources list&apos; les affiche</translation>
    </message>
    <message>
        <source>Removed the source &quot;%1&quot;; its IOCs stay in the store, and the next share run retracts those no other source reports.</source>
        <translation>Source « %1 » supprimée ; ses IOC restent dans le magasin, et la prochaine exécution du partage retire ceux qu&apos;aucune autre source ne signale.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a manual source: nothing to pull (fill it with &apos;iocs add&apos; or &apos;iocs import&apos;)</source>
        <translation>« %1 » est une source manuelle : rien à récupérer (remplissez-la avec &apos;iocs add&apos; ou &apos;iocs import&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signs in with no credential (--auth none): add it again with --auth basic or bearer first</source>
        <translation>« %1 » se connecte sans identifiants (--auth none) : ajoutez-la d&apos;abord à nouveau avec --auth basic ou bearer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no feed read from a URL nor a taxii source: only those take a credential</source>
        <translation>« %1 » n&apos;est ni un flux lu depuis une URL ni une source taxii : seules celles-ci acceptent des identifiants</translation>
    </message>
    <message>
        <source>cannot read the credential file %1: %2</source>
        <translation>impossible de lire le fichier d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>(stdin)</source>
        <translation>(stdin)</translation>
    </message>
    <message>
        <source>the credential file %1 must hold one line: the password or the token</source>
        <translation>le fichier d&apos;identifiants %1 doit contenir une ligne : le mot de passe ou le jeton</translation>
    </message>
    <message>
        <source>the credential file %1 must hold one line: the Authorization header&apos;s value, e.g. &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>le fichier d&apos;identifiants %1 doit contenir une ligne : la valeur de l&apos;en-tête Authorization, p. ex. &quot;Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is in the keychain; it is sent to %2 only.</source>
        <translation>Les identifiants de « %1 » sont dans le trousseau ; ils ne sont envoyés qu&apos;à %2.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>threat %1: %2 %3: %4</source>
        <translation>menace %1 : %2 %3 : %4</translation>
    </message>
    <message>
        <source>--page-size: expected a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--page-size : nombre entier de 1 à %1 attendu, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--min-score: expected a whole number from 0 to 100, not &quot;%1&quot;</source>
        <translation>--min-score : nombre entier de 0 à 100 attendu, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--max-marking: &quot;%1&quot; is not one of %2</source>
        <translation>--max-marking : &quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--url: a taxii source needs the TAXII server&apos;s address</source>
        <translation>--url : une source taxii a besoin de l&apos;adresse du serveur TAXII</translation>
    </message>
    <message>
        <source>--collection: a taxii source needs the collection&apos;s id</source>
        <translation>--collection : une source taxii a besoin de l&apos;identifiant de la collection</translation>
    </message>
    <message>
        <source>--auth: expected none, basic or bearer, not &quot;%1&quot;</source>
        <translation>--auth : none, basic ou bearer attendu, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--username: basic authentication needs the user name</source>
        <translation>--username : l&apos;authentification basic a besoin du nom d&apos;utilisateur</translation>
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
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>P&amp;ull now</source>
        <translation>&amp;Récupérer maintenant</translation>
    </message>
    <message>
        <source>Saved the source &quot;%1&quot;.</source>
        <translation>Source « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Remove the source &quot;%1&quot;? Its IOCs stay in the store; the next share run retracts those no other source reports.</source>
        <translation>Supprimer la source « %1 » ? Ses IOC restent dans le magasin ; la prochaine exécution du partage retire ceux qu&apos;aucune autre source ne signale.</translation>
    </message>
    <message>
        <source>Removed the source &quot;%1&quot;.</source>
        <translation>Source « %1 » supprimée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be pulled now: a pull of it is already queued or running, or the console is not connected.</source>
        <translation>« %1 » ne peut pas être récupérée maintenant : une récupération est déjà en file d&apos;attente ou en cours, ou la console n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>Pulling &quot;%1&quot;…</source>
        <translation>Récupération de « %1 »…</translation>
    </message>
    <message>
        <source>IOC sources</source>
        <translation>Sources d&apos;IOCs</translation>
    </message>
</context>
<context>
    <name>StixBundleBuilder</name>
    <message>
        <source>Author name: expected a name for the author of OpenCTI objects, got nothing.</source>
        <translation>Nom de l&apos;auteur : un nom était attendu pour l&apos;auteur des objets OpenCTI, rien n&apos;a été reçu.</translation>
    </message>
    <message>
        <source>TLP marking: expected TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED, got “%1”.</source>
        <translation>Marquage TLP : TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT ou TLP:RED attendu, « %1 » reçu.</translation>
    </message>
    <message>
        <source>Threat: expected a SentinelOne threat with an id, got none.</source>
        <translation>Menace : une menace SentinelOne avec un identifiant était attendue, aucune n&apos;a été reçue.</translation>
    </message>
    <message>
        <source>Threat %1: expected identifiedAt or createdAt to date the incident by, got neither.</source>
        <translation>Menace %1 : identifiedAt ou createdAt était attendu pour dater l&apos;incident, aucun des deux n&apos;a été reçu.</translation>
    </message>
</context>
<context>
    <name>StixIndicatorMapping</name>
    <message>
        <source>The pattern is of type %1; only STIX patterns name an IOC.</source>
        <translation>Le motif est de type %1 ; seuls les motifs STIX désignent un IOC.</translation>
    </message>
</context>
<context>
    <name>StixPattern</name>
    <message>
        <source>The pattern has a quoted string that is never closed.</source>
        <translation>Le motif contient une chaîne entre guillemets qui n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>The pattern combines several comparisons or observations; SentinelOne takes one value per indicator, as in [url:value = &apos;http://example.com/&apos;].</source>
        <translation>Le motif combine plusieurs comparaisons ou observations ; SentinelOne accepte une valeur par indicateur, comme dans [url:value = &apos;http://example.com/&apos;].</translation>
    </message>
    <message>
        <source>The pattern is not one equality such as [url:value = &apos;http://example.com/&apos;] or [file:hashes.&apos;SHA-256&apos; = &apos;...&apos;].</source>
        <translation>Le motif n&apos;est pas une égalité unique telle que [url:value = &apos;http://example.com/&apos;] ou [file:hashes.&apos;SHA-256&apos; = &apos;...&apos;].</translation>
    </message>
    <message>
        <source>The pattern compares %1:%2, which SentinelOne does not take; expected file:hashes (&apos;SHA-256&apos;, &apos;SHA-1&apos;, &apos;MD5&apos;), url:value, domain-name:value, ipv4-addr:value or ipv6-addr:value.</source>
        <translation>Le motif compare %1:%2, que SentinelOne n&apos;accepte pas ; attendu : file:hashes (&apos;SHA-256&apos;, &apos;SHA-1&apos;, &apos;MD5&apos;), url:value, domain-name:value, ipv4-addr:value ou ipv6-addr:value.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the company or console name.</source>
        <translation>Saisissez un nom pour ce profil, p. ex. le nom de l&apos;entreprise ou de la console.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>Console :</translation>
    </message>
    <message>
        <source>built-in demo tenant (simulated, on this computer)</source>
        <translation>locataire de démonstration intégré (simulé, sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites :</translation>
    </message>
    <message>
        <source>all sites of the account</source>
        <translation>tous les sites du compte</translation>
    </message>
    <message>
        <source>OpenCTI:</source>
        <translation>OpenCTI :</translation>
    </message>
    <message>
        <source>%1 (objects marked %2)</source>
        <translation>%1 (objets marqués %2)</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>Flag string:</source>
        <translation>Texte de marque :</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import :</translation>
    </message>
    <message>
        <source>flagged threats only</source>
        <translation>menaces marquées uniquement</translation>
    </message>
    <message>
        <source>every threat created after %1</source>
        <translation>toutes les menaces créées après %1</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronisation :</translation>
    </message>
    <message>
        <source>API attempts:</source>
        <translation>Tentatives d&apos;API :</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>system certificate authorities</source>
        <translation>autorités de certification du système</translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation>certificat épinglé %1</translation>
    </message>
    <message>
        <source>Saved where:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>  Settings (no secrets): %1</source>
        <translation>  Paramètres (sans secrets) : %1</translation>
    </message>
    <message>
        <source>  Tokens: none to store (the demo tenant makes new ones at each start)</source>
        <translation>  Jetons : aucun à stocker (le locataire de démonstration en crée de nouveaux à chaque démarrage)</translation>
    </message>
    <message>
        <source>  Tokens: NOT stored. %1</source>
        <translation>  Jetons : NON stockés. %1</translation>
    </message>
    <message>
        <source>          They are kept for this session only; S1 Bridge asks for them at the next start.</source>
        <translation>          Ils ne sont conservés que pour cette session ; S1 Bridge les redemande au prochain démarrage.</translation>
    </message>
    <message>
        <source>  SentinelOne token: system keychain, entry &quot;%1&quot;</source>
        <translation>  Jeton SentinelOne : trousseau du système, entrée « %1 »</translation>
    </message>
    <message>
        <source>  OpenCTI token: system keychain, entry &quot;%1&quot;</source>
        <translation>  Jeton OpenCTI : trousseau du système, entrée « %1 »</translation>
    </message>
    <message>
        <source>From the imported configuration:</source>
        <translation>D&apos;après la configuration importée :</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Summary of the profile</source>
        <translation>Résumé du profil</translation>
    </message>
    <message>
        <source>The name holds %1; type it again as plain text on one line.</source>
        <translation>Le nom contient %1 ; saisissez-le à nouveau en texte brut sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>&amp;Include this scope</source>
        <translation>&amp;Inclure cette portée</translation>
    </message>
    <message>
        <source>Re&amp;move target</source>
        <translation>&amp;Supprimer la cible</translation>
    </message>
    <message>
        <source>Targets of the collection</source>
        <translation>Cibles de la collection</translation>
    </message>
    <message>
        <source>Profile of the target</source>
        <translation>Profil de la cible</translation>
    </message>
    <message>
        <source>Kind of scope</source>
        <translation>Type de portée</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Site, account or group</source>
        <translation>Site, compte ou groupe</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>The rules are exported to every scope listed here:</source>
        <translation>Les règles sont exportées vers chaque portée listée ici :</translation>
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
        <translation>Choisissez d&apos;abord un profil.</translation>
    </message>
    <message>
        <source>%1 is a target already.</source>
        <translation>%1 est déjà une cible.</translation>
    </message>
    <message>
        <source>The console of this profile is not connected: type the id of the site, account or group.</source>
        <translation>La console de ce profil n&apos;est pas connectée. Saisissez l&apos;identifiant du site, du compte ou du groupe.</translation>
    </message>
    <message>
        <source>Loading the console&apos;s accounts, sites and groups…</source>
        <translation>Chargement des comptes, sites et groupes de la console…</translation>
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
        <translation>La base de données d&apos;import n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The profile has nothing to run on a period.</source>
        <translation>Le profil n&apos;a rien à exécuter périodiquement.</translation>
    </message>
    <message>
        <source>The profile of &quot;%1&quot; is not connected.</source>
        <translation>Le profil de « %1 » n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run: the profile sends nothing to OpenCTI. %2</source>
        <translation>« %1 » ne peut pas s&apos;exécuter : le profil n&apos;envoie rien à OpenCTI. %2</translation>
    </message>
</context>
<context>
    <name>TaxiiDialect</name>
    <message>
        <source>TAXII URL: not configured.</source>
        <translation>URL TAXII : non configurée.</translation>
    </message>
    <message>
        <source>the server does not offer TAXII 2.1 (HTTP %1)</source>
        <translation>le serveur ne propose pas TAXII 2.1 (HTTP %1)</translation>
    </message>
    <message>
        <source>The TAXII server</source>
        <translation>Le serveur TAXII</translation>
    </message>
    <message>
        <source>The TAXII server at %1</source>
        <translation>Le serveur TAXII à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401): check the source&apos;s authentication, user name and password or token.</source>
        <translation>%1 a refusé les identifiants (HTTP 401). Vérifiez l&apos;authentification, le nom d&apos;utilisateur et le mot de passe ou jeton de la source.</translation>
    </message>
    <message>
        <source>%1 accepted the credentials but does not let this user read %2 (HTTP 403): ask its administrator for read access to the collection.</source>
        <translation>%1 a accepté les identifiants mais ne permet pas à cet utilisateur de lire %2 (HTTP 403). Demandez à son administrateur un accès en lecture à la collection.</translation>
    </message>
    <message>
        <source>%1 has nothing at %2 (HTTP 404): check the URL, the API root and the collection.</source>
        <translation>%1 n&apos;a rien à %2 (HTTP 404). Vérifiez l&apos;URL, la racine d&apos;API et la collection.</translation>
    </message>
    <message>
        <source>%1 refused %2 (HTTP %3).</source>
        <translation>%1 a refusé %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 kept answering &quot;too many requests&quot; (HTTP 429) after every attempt; try again later.</source>
        <translation>%1 a continué de répondre « too many requests » (HTTP 429) après chaque tentative. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2) after every attempt; try again later.</source>
        <translation>%1 a répondu par une erreur serveur (HTTP %2) après chaque tentative. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 is not a TAXII 2.1 server: it answered %2 with a web page or data that is not TAXII JSON. Check the URL (a login page or a proxy?); it should be the server&apos;s discovery address (for example https://taxii.example.com/taxii2/) or an API root.</source>
        <translation>%1 n&apos;est pas un serveur TAXII 2.1 : il a répondu à %2 par une page web ou des données qui ne sont pas du JSON TAXII. Vérifiez l&apos;URL (une page de connexion ou un proxy ?) ; ce doit être l&apos;adresse de découverte du serveur (par exemple https://taxii.example.com/taxii2/) ou une racine d&apos;API.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>%1 sent an incomplete or malformed answer for %2 after every attempt.</source>
        <translation>%1 a envoyé une réponse incomplète ou mal formée pour %2 après chaque tentative.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 larger than the size limit of %3; lower the page size.</source>
        <translation>%1 a envoyé pour %2 une réponse dépassant la limite de taille de %3. Réduisez la taille de page.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another host, so the credentials were not sent. Use the final address directly if you trust it.</source>
        <translation>%1 a redirigé la requête vers un autre hôte, les identifiants n&apos;ont donc pas été envoyés. Utilisez directement l&apos;adresse finale si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>the TAXII server</source>
        <translation>le serveur TAXII</translation>
    </message>
    <message>
        <source>%1 did not answer in time, after every attempt. Check the network or the URL.</source>
        <translation>%1 n&apos;a pas répondu à temps, après chaque tentative. Vérifiez le réseau ou l&apos;URL.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the URL, your network connection and any proxy.</source>
        <translation>Impossible de joindre %1. Vérifiez l&apos;URL, votre connexion réseau et l&apos;éventuel proxy.</translation>
    </message>
</context>
<context>
    <name>TaxiiSourceEditor</name>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>https://taxii.example.com/taxii2/</source>
        <translation>https://taxii.example.com/taxii2/</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Token (bearer)</source>
        <translation>Jeton (bearer)</translation>
    </message>
    <message>
        <source>Ask the server for its API roots and collections.</source>
        <translation>Demander au serveur ses racines d&apos;API et ses collections.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The first pull reads what was added this far back; later pulls continue from where the last one ended.</source>
        <translation>La première récupération lit ce qui a été ajouté jusqu&apos;à cette date ; les suivantes reprennent là où la dernière s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>Mot de passe ou jeton :</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Collection :</translation>
    </message>
    <message>
        <source>Initial range:</source>
        <translation>Période initiale :</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>conservé dans le trousseau ; saisir pour remplacer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, then Discover lists its collections.</source>
        <translation>Saisissez l&apos;URL du serveur ; « Découvrir » liste ensuite ses collections.</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Taille de page :</translation>
    </message>
    <message>
        <source>Password or token: the server needs one for this authentication.</source>
        <translation>Mot de passe ou jeton : le serveur en a besoin pour cette authentification.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Reading the password or token from the keychain…</source>
        <translation>Lecture du mot de passe ou du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>Password or token: type it; the keychain has none.</source>
        <translation>Mot de passe ou jeton : saisissez-le ; le trousseau n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>Password or token: type it first, the server needs it to list its collections.</source>
        <translation>Mot de passe ou jeton : saisissez-le d&apos;abord, le serveur en a besoin pour lister ses collections.</translation>
    </message>
    <message>
        <source>The server has no collection this user may read.</source>
        <translation>Le serveur n&apos;a aucune collection que cet utilisateur peut lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n readable collection(s) found.</source>
        <translation>
            <numerusform>%n collection lisible trouvée.</numerusform>
            <numerusform>%n collections lisibles trouvées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatBrowserPage</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Flag for OpenCTI</source>
        <translation>&amp;Marquer pour OpenCTI</translation>
    </message>
    <message>
        <source>Add the flag note to the selected threats (Ctrl+Shift+F)</source>
        <translation>Ajouter la note de marque aux menaces sélectionnées (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Remove fla&amp;g</source>
        <translation>&amp;Retirer la marque</translation>
    </message>
    <message>
        <source>Remove only the flag from the selected threats; other notes stay (Ctrl+Shift+R)</source>
        <translation>Retirer uniquement la marque des menaces sélectionnées ; les autres notes restent (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export every threat matching the filters, or the selected ones, to a CSV file (Ctrl+E)</source>
        <translation>Exporter toutes les menaces correspondant aux filtres, ou celles sélectionnées, dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Filtre rapide</translation>
    </message>
    <message>
        <source>&amp;Copy threat ID</source>
        <translation>Co&amp;pier l&apos;ID de la menace</translation>
    </message>
    <message>
        <source>The console cannot sort by this column.</source>
        <translation>La console ne peut pas trier selon cette colonne.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Non résolue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>Toute classification</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Toute confiance</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Malveillante</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspecte</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tout verdict</translation>
    </message>
    <message>
        <source>True positive</source>
        <translation>Vrai positif</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Créées e&amp;ntre</translation>
    </message>
    <message>
        <source>Search the console (name, path, endpoint, hash)</source>
        <translation>Rechercher dans la console (nom, chemin, poste, hachage)</translation>
    </message>
    <message>
        <source>Has &amp;notes</source>
        <translation>A&amp;vec notes</translation>
    </message>
    <message>
        <source>Quick filter over loaded rows (Ctrl+F)</source>
        <translation>Filtre rapide sur les lignes chargées (Ctrl+F)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>No threat matches these filters.</source>
        <translation>Aucune menace ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The console has no threats.</source>
        <translation>La console n&apos;a aucune menace.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flag %Ln threat(s) for OpenCTI</source>
        <translation>
            <numerusform>&amp;Marquer %Ln menace pour OpenCTI</numerusform>
            <numerusform>&amp;Marquer %Ln menaces pour OpenCTI</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(chargement)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>La modification n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Flag threats</source>
        <translation>Marquer les menaces</translation>
    </message>
    <message>
        <source>Remove flags</source>
        <translation>Retirer les marques</translation>
    </message>
    <message numerus="yes">
        <source>Add the note &quot;%1&quot; to %Ln threat(s)? OpenCTI imports flagged threats.</source>
        <translation>
            <numerusform>Ajouter la note « %1 » à %Ln menace ? OpenCTI importe les menaces marquées.</numerusform>
            <numerusform>Ajouter la note « %1 » à %Ln menaces ? OpenCTI importe les menaces marquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the flag &quot;%1&quot; from %Ln threat(s)? Other notes stay.</source>
        <translation>
            <numerusform>Retirer la marque « %1 » de %Ln menace ? Les autres notes restent.</numerusform>
            <numerusform>Retirer la marque « %1 » de %Ln menaces ? Les autres notes restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Retirer la marque</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) could not be changed; the details list each one.</source>
        <translation>
            <numerusform>%Ln menace n&apos;a pas pu être modifiée ; les détails listent chacune d&apos;elles.</numerusform>
            <numerusform>%Ln menaces n&apos;ont pas pu être modifiées ; les détails listent chacune d&apos;elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export threats</source>
        <translation>Exporter les menaces</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln threat(s) to %1.</source>
        <translation>
            <numerusform>%Ln menace exportée vers %1.</numerusform>
            <numerusform>%Ln menaces exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
    <message>
        <source>Could not export: not connected to the console.</source>
        <translation>Export impossible : non connecté à la console.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>The export could not be started.</source>
        <translation>L&apos;export n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Exporting the threats to %1…</source>
        <translation>Export des menaces vers %1…</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filtre de site</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Classification filter</source>
        <translation>Filtre de classification</translation>
    </message>
    <message>
        <source>Confidence filter</source>
        <translation>Filtre de confiance</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Filtre de verdict</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créées à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Search the console</source>
        <translation>Rechercher dans la console</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
</context>
<context>
    <name>ThreatCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ThreatDetailPane</name>
    <message>
        <source>No threat selected.
Select a threat to see its details and notes.</source>
        <translation>Aucune menace sélectionnée.
Sélectionnez une menace pour voir ses détails et ses notes.</translation>
    </message>
    <message>
        <source>&amp;Open in console</source>
        <translation>&amp;Ouvrir dans la console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MITRE ATT&amp;amp;CK&lt;/b&gt;</source>
        <translation>&lt;b&gt;MITRE ATT&amp;amp;CK&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open this threat&apos;s page in the SentinelOne console</source>
        <translation>Ouvrir la page de cette menace dans la console SentinelOne</translation>
    </message>
    <message>
        <source>Open in console</source>
        <translation>Ouvrir dans la console</translation>
    </message>
    <message>
        <source>No web browser could be started to open this threat in the SentinelOne console.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé pour ouvrir cette menace dans la console SentinelOne.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
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
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>ID de la menace</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Malveillante</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspecte</translation>
    </message>
    <message>
        <source>Analyst verdict</source>
        <translation>Verdict de l&apos;analyste</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Statut de l&apos;incident</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Détectée par</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>External IP</source>
        <translation>IP externe</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>None reported.</source>
        <translation>Aucun signalé.</translation>
    </message>
    <message>
        <source>Loading notes…</source>
        <translation>Chargement des notes…</translation>
    </message>
    <message>
        <source>[flag for OpenCTI]</source>
        <translation>[marquer pour OpenCTI]</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Notes of the threat</source>
        <translation>Notes de la menace</translation>
    </message>
</context>
<context>
    <name>ThreatListModel</name>
    <message>
        <source>Malicious</source>
        <translation>Malveillante</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspecte</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marquée</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Statut de l&apos;incident</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>OpenCTI flag</source>
        <translation>Marque OpenCTI</translation>
    </message>
    <message>
        <source>In OpenCTI</source>
        <translation>Dans OpenCTI</translation>
    </message>
</context>
<context>
    <name>ThreatsCommand</name>
    <message>
        <source>The console&apos;s threats: list them, read their notes, flag them for the OpenCTI import.</source>
        <translation>Les menaces de la console : les lister, lire leurs notes, les marquer pour l&apos;import OpenCTI.</translation>
    </message>
    <message>
        <source>List threats (filters: --site, --since, --query).</source>
        <translation>Lister les menaces (filtres : --site, --since, --query).</translation>
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
        <translation>Les plus récentes d&apos;abord. WHEN est une date (2026-01-31), une date et heure (2026-01-31T08:00:00Z) ou une
durée en arrière depuis maintenant, comme P7D. Avec un profil limité à certains sites, seulement ceux-ci.
--json affiche un tableau d&apos;objets menace. --csv affiche l&apos;export CSV du navigateur de menaces :
UTF-8 avec marque d&apos;ordre des octets, une ligne d&apos;en-tête (id, name, classification, ...), une ligne par
menace, fins de ligne CRLF, un champ contenant une virgule, un guillemet ou un saut de ligne entre guillemets doubles (guillemets
doublés), un champ commençant par = + - @ neutralisé par un &apos; initial. Sa colonne flagged
reste vide (cela demanderait une requête par menace : voir &apos;threats notes&apos;). --csv et
--json ne peuvent pas être combinés. Rien n&apos;est affiché sur stdout tant que la liste entière n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Only threats of this site (IDs separated by commas).</source>
        <translation>Seulement les menaces de ce site (ID séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only threats created since WHEN.</source>
        <translation>Seulement les menaces créées depuis WHEN.</translation>
    </message>
    <message>
        <source>Free-text filter.</source>
        <translation>Filtre en texte libre.</translation>
    </message>
    <message>
        <source>Print CSV on stdout, as the threat browser exports it.</source>
        <translation>Afficher du CSV sur stdout, tel que l&apos;exporte le navigateur de menaces.</translation>
    </message>
    <message>
        <source>Show the notes of a threat.</source>
        <translation>Afficher les notes d&apos;une menace.</translation>
    </message>
    <message>
        <source>Add the flag note to the threats (one request).</source>
        <translation>Ajouter la note de marque aux menaces (une requête).</translation>
    </message>
    <message>
        <source>The flag note&apos;s text is SIGN (default [OpenCTI_add]), the profile&apos;s, or --sign TEXT.</source>
        <translation>Le texte de la note de marque est SIGN (par défaut [OpenCTI_add]), celui du profil, ou --sign TEXT.</translation>
    </message>
    <message>
        <source>Remove only the flag notes; other notes stay.</source>
        <translation>Retirer uniquement les notes de marque ; les autres notes restent.</translation>
    </message>
    <message>
        <source>--csv and --json cannot be combined: choose one output format</source>
        <translation>--csv et --json ne peuvent pas être combinés : choisissez un format de sortie</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is neither a date (2026-01-31), a date and time (2026-01-31T08:00:00Z) nor a duration (P7D)</source>
        <translation>--since : &quot;%1&quot; n&apos;est ni une date (2026-01-31), ni une date et heure (2026-01-31T08:00:00Z), ni une durée (P7D)</translation>
    </message>
    <message>
        <source>cannot keep the list in the temporary file %1: %2</source>
        <translation>impossible de conserver la liste dans le fichier temporaire %1 : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NOTE ID</source>
        <translation>ID DE NOTE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>MARQUE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>ID: &quot;%1&quot; is not a threat ID; give the number the console shows for the threat (see &apos;threats list&apos;), e.g. 1234567890123456789</source>
        <translation>ID : &quot;%1&quot; n&apos;est pas un ID de menace ; indiquez le numéro que la console affiche pour la menace (voir &apos;threats list&apos;), par ex. 1234567890123456789</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last run: %1 – %2: %3</source>
        <translation>Dernière exécution : %1 – %2 : %3</translation>
    </message>
    <message>
        <source>Open S1 Bridge</source>
        <translation>Ouvrir S1 Bridge</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>S1 Bridge</source>
        <translation>S1 Bridge</translation>
    </message>
    <message>
        <source>S1 Bridge keeps syncing in the background. Open it again from its tray icon; quit it from the tray menu.</source>
        <translation>S1 Bridge continue de synchroniser en arrière-plan. Rouvrez-le depuis son icône dans la zone de notification ; quittez-le depuis le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (notification area); S1 Bridge keeps syncing only while its window is open.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification ; S1 Bridge ne synchronise que tant que sa fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Background sync is off</source>
        <translation>La synchronisation en arrière-plan est désactivée</translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>no summary</source>
        <translation>aucun résumé</translation>
    </message>
    <message>
        <source>S1 Bridge: a job failed</source>
        <translation>S1 Bridge : une tâche a échoué</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>New items imported: %1 (runs: %2)</source>
        <translation>Nouveaux éléments importés : %1 (exécutions : %2)</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>ValuePattern</name>
    <message>
        <source>the pattern is empty; expected an IP network, a domain, a hash, a URL or re:EXPRESSION</source>
        <translation>le motif est vide ; attendu : un réseau IP, un domaine, un hachage, une URL ou re:EXPRESSION</translation>
    </message>
    <message>
        <source>&quot;re:&quot; is followed by no regular expression</source>
        <translation>&quot;re:&quot; n&apos;est suivi d&apos;aucune expression régulière</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 (at character %3)</source>
        <translation>&quot;%1&quot; n&apos;est pas une expression régulière valide : %2 (au caractère %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network; expected an address and a prefix length such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; n&apos;est pas un réseau IP ; attendu : une adresse et une longueur de préfixe, comme 10.0.0.0/8 ou 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network, a domain, a hash, a URL or re:EXPRESSION%2</source>
        <translation>&quot;%1&quot; n&apos;est ni un réseau IP, ni un domaine, ni un hachage, ni une URL, ni re:EXPRESSION%2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connector configuration</source>
        <translation>Configuration du connecteur</translation>
    </message>
    <message>
        <source>Connector configuration (*.yml *.yaml *.env .env);;All files (*)</source>
        <translation>Configuration du connecteur (*.yml *.yaml *.env .env);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The demo tenant could not start: no free port on 127.0.0.1.</source>
        <translation>Le locataire de démonstration n&apos;a pas pu démarrer : aucun port libre sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>Not used (unknown keys): %1</source>
        <translation>Non utilisées (clés inconnues) : %1</translation>
    </message>
    <message>
        <source>Connector configuration file</source>
        <translation>Fichier de configuration du connecteur</translation>
    </message>
</context>
<context>
    <name>WizardPageBase</name>
    <message>
        <source>Cancel check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>cli::CliContext</name>
    <message>
        <source>Run &apos;s1bridge-cli --help&apos; for the commands and options.</source>
        <translation>Exécutez &apos;s1bridge-cli --help&apos; pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>Run &apos;s1bridge-cli %1 --help&apos; for its subcommands.</source>
        <translation>Exécutez &apos;s1bridge-cli %1 --help&apos; pour voir ses sous-commandes.</translation>
    </message>
    <message>
        <source>Run &apos;s1bridge-cli %1 --help&apos; for its options.</source>
        <translation>Exécutez &apos;s1bridge-cli %1 --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>cannot read the API token file %1: %2</source>
        <translation>impossible de lire le fichier de jeton d&apos;API %1 : %2</translation>
    </message>
    <message>
        <source>the API token file %1 is too large to be a token (more than %2 KiB); give a file that holds only the token</source>
        <translation>le fichier de jeton d&apos;API %1 est trop volumineux pour être un jeton (plus de %2 Kio) ; donnez un fichier qui ne contient que le jeton</translation>
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
        <translation>le profil « %1 » est le locataire de démonstration, qui vit dans la fenêtre de S1 Bridge (s1bridge). Pour la ligne de commande, lancez le simulateur et utilisez les paramètres qu&apos;il affiche :
  s1bridge-sim &gt; sim.env &amp; sleep 1
  set -a; . ./sim.env; set +a
  s1bridge-cli %2</translation>
    </message>
    <message>
        <source>no console URL: set %1 (or --url), e.g. S1_URL=https://yourcompany.sentinelone.net</source>
        <translation>aucune URL de console : définissez %1 (ou --url), p. ex. S1_URL=https://yourcompany.sentinelone.net</translation>
    </message>
    <message>
        <source>no API token for profile &quot;%1&quot;: there is no keychain (%2) and %3 is not set</source>
        <translation>aucun jeton d&apos;API pour le profil « %1 » : il n&apos;y a pas de trousseau (%2) et %3 n&apos;est pas défini</translation>
    </message>
    <message>
        <source>no API token for profile &quot;%1&quot;: the keychain has none (import the profile again, or set it in S1 Bridge) and %2 is not set</source>
        <translation>aucun jeton d&apos;API pour le profil « %1 » : le trousseau n&apos;en contient aucun (importez à nouveau le profil ou définissez-le dans S1 Bridge) et %2 n&apos;est pas défini</translation>
    </message>
    <message>
        <source>no API token: set %1 in the environment or use --api-key-file FILE</source>
        <translation>aucun jeton d&apos;API : définissez %1 dans l&apos;environnement ou utilisez --api-key-file FILE</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 100, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier de 1 à 100, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1 or more)</source>
        <translation>--timeout prend un nombre de secondes (1 ou plus)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not send to OpenCTI: edit it in S1 Bridge (OpenCTI page) or import a configuration with OPENCTI_URL</source>
        <translation>le profil « %1 » n&apos;envoie rien à OpenCTI : modifiez-le dans S1 Bridge (page OpenCTI) ou importez une configuration avec OPENCTI_URL</translation>
    </message>
    <message>
        <source>%1 must be a UUID (the connector&apos;s identity in OpenCTI), e.g. %2</source>
        <translation>%1 doit être un UUID (l&apos;identité du connecteur dans OpenCTI), p. ex. %2</translation>
    </message>
    <message>
        <source>no OpenCTI URL: set %1, e.g. OPENCTI_URL=https://opencti.example.com</source>
        <translation>aucune URL OpenCTI : définissez %1, p. ex. OPENCTI_URL=https://opencti.example.com</translation>
    </message>
    <message>
        <source>no OpenCTI token: set %1 (or store it with the profile in S1 Bridge)</source>
        <translation>aucun jeton OpenCTI : définissez %1 (ou stockez-le avec le profil dans S1 Bridge)</translation>
    </message>
    <message>
        <source>%1 has no S1_API_KEY and the environment has none (%2)</source>
        <translation>%1 n&apos;a pas de S1_API_KEY et l&apos;environnement n&apos;en a pas non plus (%2)</translation>
    </message>
    <message>
        <source>%1 has no usable OPENCTI_URL</source>
        <translation>%1 n&apos;a pas d&apos;OPENCTI_URL utilisable</translation>
    </message>
    <message>
        <source>%1 has no OpenCTI token and the environment has none (%2)</source>
        <translation>%1 n&apos;a pas de jeton OpenCTI et l&apos;environnement n&apos;en a pas non plus (%2)</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; &apos;s1bridge-cli profiles list&apos; shows the saved profiles</source>
        <translation>aucun profil nommé « %1 » ; &apos;s1bridge-cli profiles list&apos; affiche les profils enregistrés</translation>
    </message>
    <message>
        <source>Interrupted; stopping.</source>
        <translation>Interrompu ; arrêt en cours.</translation>
    </message>
    <message>
        <source>warning: this run is not recorded in the job history: %1</source>
        <translation>avertissement : cette exécution n&apos;est pas enregistrée dans l&apos;historique des tâches : %1</translation>
    </message>
    <message>
        <source>interrupted before %1</source>
        <translation>interrompu avant %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds from 1 to 86400</source>
        <translation>--deadline attend un nombre de secondes compris entre 1 et 86400</translation>
    </message>
</context>
<context>
    <name>config::SecretStore</name>
    <message>
        <source>The macOS Keychain did not answer (%1).</source>
        <translation>Le trousseau macOS n&apos;a pas répondu (%1).</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access, then restart S1 Bridge.</source>
        <translation>Déverrouillez le trousseau de session dans Trousseaux d&apos;accès, puis redémarrez S1 Bridge.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager did not answer (%1).</source>
        <translation>Le gestionnaire d&apos;identification Windows n&apos;a pas répondu (%1).</translation>
    </message>
    <message>
        <source>Check that the Credential Manager service runs, then restart S1 Bridge.</source>
        <translation>Vérifiez que le service Gestionnaire d&apos;identification est en cours d&apos;exécution, puis redémarrez S1 Bridge.</translation>
    </message>
    <message>
        <source>No keychain answered: the Secret Service on the D-Bus session bus is missing or not running (%1).</source>
        <translation>Aucun trousseau n&apos;a répondu : le Secret Service sur le bus de session D-Bus est absent ou ne fonctionne pas (%1).</translation>
    </message>
    <message>
        <source>To store them, install and unlock a keychain in your desktop session (gnome-keyring: sudo apt install gnome-keyring; or KWallet with its Secret Service), then restart S1 Bridge. On a server, s1bridge-cli reads S1_API_KEY and OPENCTI_TOKEN from the environment instead.</source>
        <translation>Pour les stocker, installez et déverrouillez un trousseau dans votre session de bureau (gnome-keyring : sudo apt install gnome-keyring ; ou KWallet avec son Secret Service), puis redémarrez S1 Bridge. Sur un serveur, s1bridge-cli lit plutôt S1_API_KEY et OPENCTI_TOKEN dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only and must be entered again next time; nothing is written to disk.</source>
        <translation>Les secrets ne sont conservés en mémoire que pour cette session et devront être saisis à nouveau la prochaine fois ; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>Le trousseau n&apos;a pas pu lire %1 : %2</translation>
    </message>
    <message>
        <source>The keychain could not store %1: %2</source>
        <translation>Le trousseau n&apos;a pas pu stocker %1 : %2</translation>
    </message>
    <message>
        <source>The keychain could not remove %1: %2</source>
        <translation>Le trousseau n&apos;a pas pu supprimer %1 : %2</translation>
    </message>
</context>
<context>
    <name>exchange::FeedPullJob</name>
    <message>
        <source>Pull IOCs from %1</source>
        <translation>Récupérer les IOC de %1</translation>
    </message>
    <message>
        <source>url or file: give either the feed&apos;s http(s) address or a local file, not both.</source>
        <translation>url ou file : indiquez soit l&apos;adresse http(s) du flux, soit un fichier local, pas les deux.</translation>
    </message>
    <message>
        <source>authorization: a credential is sent to a URL only; a file source takes none.</source>
        <translation>authorization : des identifiants ne sont envoyés qu&apos;à une URL ; une source fichier n&apos;en accepte pas.</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http or https address, e.g. https://feeds.example.com/iocs.txt.</source>
        <translation>url : &quot;%1&quot; n&apos;est pas une adresse http ou https, p. ex. https://feeds.example.com/iocs.txt.</translation>
    </message>
    <message>
        <source>format: use auto, text, csv or stix, not &quot;%1&quot;.</source>
        <translation>format : utilisez auto, text, csv ou stix, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The source %1 cannot be pulled. %2</source>
        <translation>La source %1 ne peut pas être récupérée. %2</translation>
    </message>
    <message>
        <source>Reading the source&apos;s credential from the keychain</source>
        <translation>Lecture des identifiants de la source dans le trousseau</translation>
    </message>
    <message>
        <source>The credential of the source %1 is not in the keychain: give it again with &apos;s1bridge-cli sources credential %1 FILE&apos; (or in the window&apos;s source editor).</source>
        <translation>Les identifiants de la source %1 ne sont pas dans le trousseau. Fournissez-les à nouveau avec &apos;s1bridge-cli sources credential %1 FILE&apos; (ou dans l&apos;éditeur de source de la fenêtre).</translation>
    </message>
    <message>
        <source>The file %1 of the source %2 cannot be read: check that it exists and that this user may read it.</source>
        <translation>Le fichier %1 de la source %2 ne peut pas être lu. Vérifiez qu&apos;il existe et que cet utilisateur peut le lire.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB: split it.</source>
        <translation>Le fichier %1 dépasse %2 Mio. Découpez-le.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>The feed at %1 has not changed since the last pull (HTTP 304).</source>
        <translation>Le flux à l&apos;adresse %1 n&apos;a pas changé depuis la dernière récupération (HTTP 304).</translation>
    </message>
    <message>
        <source>The feed at %1 is larger than %2 MiB: S1 Bridge stopped reading it.</source>
        <translation>Le flux à l&apos;adresse %1 dépasse %2 Mio : S1 Bridge a arrêté de le lire.</translation>
    </message>
    <message>
        <source>The feed at %1 refused access (HTTP %2): check the source&apos;s credentials.</source>
        <translation>Le flux à l&apos;adresse %1 a refusé l&apos;accès (HTTP %2). Vérifiez les identifiants de la source.</translation>
    </message>
    <message>
        <source>There is no feed at %1 (HTTP 404): check the address.</source>
        <translation>Il n&apos;y a aucun flux à l&apos;adresse %1 (HTTP 404). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The feed at %1 answered HTTP %2 %3: try again later.</source>
        <translation>Le flux à l&apos;adresse %1 a répondu HTTP %2 %3. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The feed at %1 could not be fetched: %2</source>
        <translation>Le flux à l&apos;adresse %1 n&apos;a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>The feed at %1 answered a web page, not a list of indicators: check the address (a login or error page?).</source>
        <translation>Le flux à l&apos;adresse %1 a répondu par une page web, et non par une liste d&apos;indicateurs. Vérifiez l&apos;adresse (une page de connexion ou d&apos;erreur ?).</translation>
    </message>
    <message>
        <source>%1 has not changed since the last pull.</source>
        <translation>%1 n&apos;a pas changé depuis la dernière récupération.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 bytes</source>
        <translation>
            <numerusform>Lecture de %1 octet</numerusform>
            <numerusform>Lecture de %1 octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %1 of %Ln IOC(s)</source>
        <translation>
            <numerusform>%1 IOC sur %Ln stocké</numerusform>
            <numerusform>%1 IOC sur %Ln stockés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %Ln IOC(s) from %1</source>
        <translation>
            <numerusform>%Ln IOC récupéré depuis %1</numerusform>
            <numerusform>%Ln IOC récupérés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %1 new, %2 updated, %3 unchanged; %Ln line(s) refused; %4 no longer listed.</source>
        <translation>
            <numerusform> : %1 nouveaux, %2 mis à jour, %3 inchangés ; %Ln ligne refusée ; %4 plus listés.</numerusform>
            <numerusform> : %1 nouveaux, %2 mis à jour, %3 inchangés ; %Ln lignes refusées ; %4 plus listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>exchange::FileIocDestination</name>
    <message>
        <source>%1 could not be read back: %2</source>
        <translation>%1 n&apos;a pas pu être relu : %2</translation>
    </message>
    <message>
        <source>The IOC file %1 could not be written: %2. Nothing was changed in it; choose a path this user can write to, or free some space, then run the sharing again.</source>
        <translation>Le fichier d&apos;IOC %1 n&apos;a pas pu être écrit : %2. Rien n&apos;y a été modifié. Choisissez un chemin où cet utilisateur peut écrire, ou libérez de l&apos;espace, puis relancez le partage.</translation>
    </message>
</context>
<context>
    <name>exchange::IocCsvExportJob</name>
    <message>
        <source>Export IOCs to CSV</source>
        <translation>Exporter les IOC en CSV</translation>
    </message>
    <message>
        <source>There is no IOC store to export from.</source>
        <translation>Il n&apos;y a aucun magasin d&apos;IOC à exporter.</translation>
    </message>
    <message>
        <source>Counting the IOCs…</source>
        <translation>Décompte des IOC…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln IOC(s) written</source>
        <translation>
            <numerusform>%1 IOC sur %Ln écrit</numerusform>
            <numerusform>%1 IOC sur %Ln écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln IOC(s) to %1.</source>
        <translation>
            <numerusform>%Ln IOC exporté vers %1.</numerusform>
            <numerusform>%Ln IOC exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange::IocShareJob</name>
    <message>
        <source>Test sharing &quot;%1&quot;</source>
        <translation>Tester le partage « %1 »</translation>
    </message>
    <message>
        <source>Share IOCs: %1</source>
        <translation>Partager les IOC : %1</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; has no destination to send to.</source>
        <translation>La configuration de partage « %1 » n&apos;a aucune destination vers laquelle envoyer.</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; cannot be used: %2</source>
        <translation>La configuration de partage « %1 » ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>The sharing configuration &quot;%1&quot; is not saved yet: save it, then share.</source>
        <translation>La configuration de partage « %1 » n&apos;est pas encore enregistrée. Enregistrez-la, puis partagez.</translation>
    </message>
    <message>
        <source>The business rule &quot;%1&quot; of the sharing configuration &quot;%2&quot; does not exist any more: choose another one.</source>
        <translation>La règle métier « %1 » de la configuration de partage « %2 » n&apos;existe plus. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The business rule &quot;%1&quot; cannot be used: %2</source>
        <translation>La règle métier « %1 » ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>Reading back IOCs whose answer was not recorded</source>
        <translation>Relecture des IOC dont la réponse n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Counting IOCs to retract</source>
        <translation>Décompte des IOC à retirer</translation>
    </message>
    <message>
        <source>Retracting IOCs no source reports</source>
        <translation>Retrait des IOC qu&apos;aucune source ne signale</translation>
    </message>
    <message>
        <source>Counting IOCs to renew</source>
        <translation>Décompte des IOC à renouveler</translation>
    </message>
    <message>
        <source>Renewing changed or expiring IOCs</source>
        <translation>Renouvellement des IOC modifiés ou arrivant à expiration</translation>
    </message>
    <message>
        <source>Counting IOCs to create</source>
        <translation>Décompte des IOC à créer</translation>
    </message>
    <message>
        <source>Sharing new IOCs</source>
        <translation>Partage des nouveaux IOC</translation>
    </message>
    <message>
        <source>The console&apos;s answer to %L1 IOCs was lost %L2 times in a row; they stay pending and are read back first on the next run. Check the network between this machine and the console.</source>
        <translation>La réponse de la console pour %L1 IOC a été perdue %L2 fois de suite ; ils restent en attente et seront relus en premier lors de la prochaine exécution. Vérifiez le réseau entre cette machine et la console.</translation>
    </message>
    <message>
        <source>IOCs whose answer was lost</source>
        <translation>IOC dont la réponse a été perdue</translation>
    </message>
    <message>
        <source>Pending: %L1. They could not be read back from the console now; the next run reads them back first and sends again only those the console does not have.</source>
        <translation>En attente : %L1. Ils n&apos;ont pas pu être relus depuis la console maintenant ; la prochaine exécution les relit en premier et ne renvoie que ceux que la console n&apos;a pas.</translation>
    </message>
    <message>
        <source>Test of &quot;%1&quot; (nothing sent): %L2 IOCs would be created, %L3 renewed and %L4 retracted.</source>
        <translation>Test de « %1 » (rien n&apos;a été envoyé) : %L2 IOC seraient créés, %L3 renouvelés et %L4 retirés.</translation>
    </message>
    <message>
        <source>%L1 IOCs sent by an interrupted run would be read back first.</source>
        <translation>%L1 IOC envoyés par une exécution interrompue seraient relus en premier.</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>Par exemple : %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Shared to %1: %L2 created, %L3 renewed, %L4 retracted, %L5 refused, %L6 unchanged (%L7 requests).</source>
        <translation>Partagé vers %1 : %L2 créés, %L3 renouvelés, %L4 retirés, %L5 refusés, %L6 inchangés (%L7 requêtes).</translation>
    </message>
</context>
<context>
    <name>exchange::OpenCtiIndicatorPullJob</name>
    <message>
        <source>Pull IOCs from %1</source>
        <translation>Récupérer les IOC de %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>minScore: expected a whole number from 0 to 100.</source>
        <translation>minScore : nombre entier de 0 à 100 attendu.</translation>
    </message>
    <message>
        <source>initialDays: expected a whole number of days from 1 to 3,650.</source>
        <translation>initialDays : nombre entier de jours de 1 à 3 650 attendu.</translation>
    </message>
    <message>
        <source>pageSize: expected a whole number from 1 to 500.</source>
        <translation>pageSize : nombre entier de 1 à 500 attendu.</translation>
    </message>
    <message>
        <source>labels: expected a list of label names (none: every label).</source>
        <translation>labels : liste de noms de labels attendue (aucun : tous les labels).</translation>
    </message>
    <message>
        <source>maxMarking: &quot;%1&quot; is not one of %2.</source>
        <translation>maxMarking : &quot;%1&quot; ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>The source %1 cannot be pulled. %2</source>
        <translation>La source %1 ne peut pas être récupérée. %2</translation>
    </message>
    <message>
        <source>The source %1 reads the profile&apos;s OpenCTI, and the profile has none set up: set up OpenCTI in the profile first.</source>
        <translation>La source %1 lit l&apos;OpenCTI du profil, et le profil n&apos;en a aucun de configuré. Configurez d&apos;abord OpenCTI dans le profil.</translation>
    </message>
    <message>
        <source>Reading indicators from OpenCTI</source>
        <translation>Lecture des indicateurs depuis OpenCTI</translation>
    </message>
    <message>
        <source>indicator %1 (%2)</source>
        <translation>indicateur %1 (%2)</translation>
    </message>
    <message>
        <source>Read %1 indicator(s) from OpenCTI</source>
        <translation>%1 indicateur(s) lu(s) depuis OpenCTI</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln indicator(s) from OpenCTI</source>
        <translation>
            <numerusform>%Ln indicateur lu depuis OpenCTI</numerusform>
            <numerusform>%Ln indicateurs lus depuis OpenCTI</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 new, %2 updated, %3 unchanged IOC(s); %4 ended (revoked, expired or left out by the settings); %5 refused.</source>
        <translation> : %1 IOC nouveaux, %2 mis à jour, %3 inchangés ; %4 terminés (révoqués, expirés ou exclus par les paramètres) ; %5 refusés.</translation>
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
        <translation>OpenCTI à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the profile has no OpenCTI client</source>
        <translation>le profil n&apos;a pas de client OpenCTI</translation>
    </message>
    <message>
        <source>Connector ID: the profile has none; edit the profile to create one</source>
        <translation>ID du connecteur : le profil n&apos;en a pas. Modifiez le profil pour en créer un</translation>
    </message>
    <message>
        <source>S1 Bridge sharing &quot;%1&quot; %2</source>
        <translation>Partage S1 Bridge « %1 » %2</translation>
    </message>
    <message>
        <source>OpenCTI created no work for the sharing</source>
        <translation>OpenCTI n&apos;a créé aucun travail pour le partage</translation>
    </message>
    <message>
        <source>OpenCTI did not accept the bundle</source>
        <translation>OpenCTI n&apos;a pas accepté le bundle</translation>
    </message>
</context>
<context>
    <name>exchange::S1IocDestination</name>
    <message>
        <source>SentinelOne threat intelligence, %1</source>
        <translation>Renseignement sur les menaces SentinelOne, %1</translation>
    </message>
</context>
<context>
    <name>exchange::S1ThreatPullJob</name>
    <message>
        <source>Pull IOCs from SentinelOne threats</source>
        <translation>Récupérer les IOC des menaces SentinelOne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln menace</numerusform>
            <numerusform>%Ln menaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %Ln IOC(s) from %1.</source>
        <translation>
            <numerusform>%Ln IOC récupéré depuis %1.</numerusform>
            <numerusform>%Ln IOC récupérés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiClient</name>
    <message>
        <source>%1: give the TAXII server&apos;s address, e.g. https://taxii.example.com/taxii2/.</source>
        <translation>%1 : indiquez l&apos;adresse du serveur TAXII, p. ex. https://taxii.example.com/taxii2/.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http or https address, e.g. https://taxii.example.com/taxii2/.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une adresse http ou https, p. ex. https://taxii.example.com/taxii2/.</translation>
    </message>
    <message>
        <source>The TAXII server at %1 lists no API root: ask its administrator which one to use.</source>
        <translation>Le serveur TAXII à l&apos;adresse %1 ne liste aucune racine d&apos;API. Demandez à son administrateur laquelle utiliser.</translation>
    </message>
    <message>
        <source>%1 answered JSON that is neither a TAXII 2.1 discovery resource nor an API root: check the URL (for example https://taxii.example.com/taxii2/).</source>
        <translation>%1 a répondu par du JSON qui n&apos;est ni une ressource de découverte TAXII 2.1 ni une racine d&apos;API. Vérifiez l&apos;URL (par exemple https://taxii.example.com/taxii2/).</translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiDiscovery</name>
    <message>
        <source>Asking %1 for its API roots…</source>
        <translation>Interrogation de %1 sur ses racines d&apos;API…</translation>
    </message>
    <message>
        <source>Reading the collections of %1…</source>
        <translation>Lecture des collections de %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>exchange::TaxiiPullJob</name>
    <message>
        <source>Pull IOCs from %1</source>
        <translation>Récupérer les IOC de %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>collectionId: choose the collection to read (Discover lists them).</source>
        <translation>collectionId : choisissez la collection à lire (« Découvrir » les liste).</translation>
    </message>
    <message>
        <source>auth: use none, basic or bearer, not &quot;%1&quot;.</source>
        <translation>auth : utilisez none, basic ou bearer, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>username: basic authentication needs the user name.</source>
        <translation>username : l&apos;authentification basic a besoin du nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>initialDays: expected a whole number of days from 1 to 3,650.</source>
        <translation>initialDays : nombre entier de jours de 1 à 3 650 attendu.</translation>
    </message>
    <message>
        <source>pageSize: expected a whole number from 1 to 10,000.</source>
        <translation>pageSize : nombre entier de 1 à 10 000 attendu.</translation>
    </message>
    <message>
        <source>The source %1 cannot be pulled. %2</source>
        <translation>La source %1 ne peut pas être récupérée. %2</translation>
    </message>
    <message>
        <source>Reading the source&apos;s secret from the keychain</source>
        <translation>Lecture du secret de la source dans le trousseau</translation>
    </message>
    <message>
        <source>The password or token of the source %1 is not in the keychain: give it again with &apos;s1bridge-cli sources credential %1 FILE&apos; (or in the window&apos;s source editor).</source>
        <translation>Le mot de passe ou le jeton de la source %1 n&apos;est pas dans le trousseau. Fournissez-le à nouveau avec &apos;s1bridge-cli sources credential %1 FILE&apos; (ou dans l&apos;éditeur de source de la fenêtre).</translation>
    </message>
    <message>
        <source>Asking %1 for its API root</source>
        <translation>Interrogation de %1 sur sa racine d&apos;API</translation>
    </message>
    <message numerus="yes">
        <source>The TAXII server of the source %1 has %Ln API roots and names no default: choose one in the source&apos;s settings (apiRoot).</source>
        <translation>
            <numerusform>Le serveur TAXII de la source %1 a %Ln racine d&apos;API et n&apos;en désigne aucune par défaut. Choisissez-en une dans les paramètres de la source (apiRoot).</numerusform>
            <numerusform>Le serveur TAXII de la source %1 a %Ln racines d&apos;API et n&apos;en désigne aucune par défaut. Choisissez-en une dans les paramètres de la source (apiRoot).</numerusform>
        </translation>
    </message>
    <message>
        <source>The TAXII server of the source %1 kept answering &quot;more&quot; after %2 pages: S1 Bridge stopped reading.</source>
        <translation>Le serveur TAXII de la source %1 a continué de répondre « more » après %2 pages : S1 Bridge a arrêté la lecture.</translation>
    </message>
    <message>
        <source>Reading the collection %1</source>
        <translation>Lecture de la collection %1</translation>
    </message>
    <message>
        <source>The TAXII server of the source %1 answered the objects request with JSON that is not a TAXII envelope: check the API root and the collection.</source>
        <translation>Le serveur TAXII de la source %1 a répondu à la requête d&apos;objets par du JSON qui n&apos;est pas une enveloppe TAXII. Vérifiez la racine d&apos;API et la collection.</translation>
    </message>
    <message>
        <source>indicator %1 (%2)</source>
        <translation>indicateur %1 (%2)</translation>
    </message>
    <message>
        <source>Read %1 indicator(s)</source>
        <translation>%1 indicateur(s) lu(s)</translation>
    </message>
    <message>
        <source>The TAXII server of the source %1 says there is more, but gives no way to read it (no next, no new X-TAXII-Date-Added-Last).</source>
        <translation>Le serveur TAXII de la source %1 indique qu&apos;il y a davantage, mais ne donne aucun moyen de le lire (pas de next, pas de nouveau X-TAXII-Date-Added-Last).</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln indicator(s) from the TAXII collection</source>
        <translation>
            <numerusform>%Ln indicateur lu depuis la collection TAXII</numerusform>
            <numerusform>%Ln indicateurs lus depuis la collection TAXII</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 new, %2 updated, %3 unchanged IOC(s); %4 ended (revoked or expired); %5 refused.</source>
        <translation> : %1 IOC nouveaux, %2 mis à jour, %3 inchangés ; %4 terminés (révoqués ou expirés) ; %5 refusés.</translation>
    </message>
</context>
<context>
    <name>firewall::CollectionResolver</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Protected networks: %1</source>
        <translation>Réseaux protégés : %1</translation>
    </message>
    <message>
        <source>the address of %1</source>
        <translation>l&apos;adresse de %1</translation>
    </message>
    <message>
        <source>Typed entries</source>
        <translation>Entrées saisies</translation>
    </message>
    <message>
        <source>The collection&apos;s file %1 cannot be read (%2): check the path, or remove the source from the collection.</source>
        <translation>Le fichier %1 de la collection ne peut pas être lu (%2). Vérifiez le chemin ou retirez la source de la collection.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>The collection takes IOCs of the exchange, but the IOC database is not open.</source>
        <translation>La collection prend des IOC de l&apos;échange, mais la base de données des IOC n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The collection takes the IOCs of %1, but not all of these sources exist any more: edit the collection&apos;s sources.</source>
        <translation>La collection prend les IOC de %1, mais certaines de ces sources n&apos;existent plus. Modifiez les sources de la collection.</translation>
    </message>
    <message>
        <source>The collection takes IOCs through the business rule &quot;%1&quot;, which does not exist (or cannot be read): edit the collection&apos;s sources.</source>
        <translation>La collection prend des IOC via la règle métier « %1 », qui n&apos;existe pas (ou ne peut pas être lue). Modifiez les sources de la collection.</translation>
    </message>
    <message>
        <source>The list at %1 is larger than %2 MiB: S1 Bridge stopped reading it.</source>
        <translation>La liste à l&apos;adresse %1 dépasse %2 Mio : S1 Bridge a arrêté de la lire.</translation>
    </message>
    <message>
        <source>The list at %1 answered HTTP %2: check the address; nothing was exported.</source>
        <translation>La liste à l&apos;adresse %1 a répondu HTTP %2. Vérifiez l&apos;adresse ; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The list at %1 could not be read (%2): check the address and the network; nothing was exported.</source>
        <translation>La liste à l&apos;adresse %1 n&apos;a pas pu être lue (%2). Vérifiez l&apos;adresse et le réseau ; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The list at %1 is a web page (HTML), not a list of addresses: check the address.</source>
        <translation>La liste à l&apos;adresse %1 est une page web (HTML), et non une liste d&apos;adresses. Vérifiez l&apos;adresse.</translation>
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
        <translation>Retirer les règles de pare-feu de %1</translation>
    </message>
    <message>
        <source>Plan the firewall export of %1</source>
        <translation>Planifier l&apos;export pare-feu de %1</translation>
    </message>
    <message>
        <source>Export %1 as firewall rules</source>
        <translation>Exporter %1 en règles de pare-feu</translation>
    </message>
    <message>
        <source>There is no firewall collection named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune collection de pare-feu nommée « %1 ».</translation>
    </message>
    <message>
        <source>The profile&apos;s console is not connected: connect it, then export again.</source>
        <translation>La console du profil n&apos;est pas connectée. Connectez-la, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has no rules on this console: nothing to withdraw.</source>
        <translation>La collection « %1 » n&apos;a aucune règle sur cette console : rien à retirer.</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has no site, account or group to export to in this profile: choose where its rules go, then export again.</source>
        <translation>La collection « %1 » n&apos;a aucun site, compte ou groupe vers lequel exporter dans ce profil. Choisissez où vont ses règles, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Reading the collection&apos;s entries</source>
        <translation>Lecture des entrées de la collection</translation>
    </message>
    <message>
        <source>Reading the rules of %1</source>
        <translation>Lecture des règles de %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan for &quot;%1&quot;: %L2 entries in %n rule(s); %L3 change(s) in %L4 target(s), %L5 conflict(s). Nothing was changed.</source>
        <translation>
            <numerusform>Plan pour « %1 » : %L2 entrées dans %n règle ; %L3 modification(s) dans %L4 cible(s), %L5 conflit(s). Rien n&apos;a été modifié.</numerusform>
            <numerusform>Plan pour « %1 » : %L2 entrées dans %n règles ; %L3 modification(s) dans %L4 cible(s), %L5 conflit(s). Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the rules of %1</source>
        <translation>Modification des règles de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A rule named &quot;%1&quot; appeared in %2 while exporting, and it is not the one S1 Bridge sent: it is left alone. Rename or delete it on the console, or adopt it.</source>
        <translation>Une règle nommée « %1 » est apparue dans %2 pendant l&apos;export, et ce n&apos;est pas celle envoyée par S1 Bridge : elle est laissée telle quelle. Renommez-la ou supprimez-la sur la console, ou adoptez-la.</translation>
    </message>
    <message>
        <source>The console did not confirm the rule &quot;%1&quot; after %2 attempts: try again later.</source>
        <translation>La console n&apos;a pas confirmé la règle « %1 » après %2 tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew &quot;%1&quot;: %Ln rule(s) deleted (%2 request(s)).</source>
        <translation>
            <numerusform>« %1 » retirée : %Ln règle supprimée (%2 requête(s)).</numerusform>
            <numerusform>« %1 » retirée : %Ln règles supprimées (%2 requête(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported &quot;%1&quot; (%L2 entries in %n rule(s)) to %L3 target(s): %L4 created, %L5 updated, %L6 renamed, %L7 deleted, %L8 unchanged, %L9 conflict(s); %L10 request(s).</source>
        <translation>
            <numerusform>« %1 » exportée (%L2 entrées dans %n règle) vers %L3 cible(s) : %L4 créées, %L5 mises à jour, %L6 renommées, %L7 supprimées, %L8 inchangées, %L9 conflit(s) ; %L10 requête(s).</numerusform>
            <numerusform>« %1 » exportée (%L2 entrées dans %n règles) vers %L3 cible(s) : %L4 créées, %L5 mises à jour, %L6 renommées, %L7 supprimées, %L8 inchangées, %L9 conflit(s) ; %L10 requête(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobs::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>jobs::Scheduler</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>A background job failed; it will be tried again later.</source>
        <translation>Une tâche d&apos;arrière-plan a échoué ; elle sera retentée plus tard.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarrée : %1</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Réussie : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échouée : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
</context>
<context>
    <name>net::ApiCall</name>
    <message>
        <source>No server address is configured.</source>
        <translation>Aucune adresse de serveur n&apos;est configurée.</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>redirigé vers %1</translation>
    </message>
    <message>
        <source>the connection closed before an answer came</source>
        <translation>la connexion s&apos;est fermée avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la réponse a été tronquée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer, after %1 bytes</source>
        <translation>la connexion s&apos;est fermée au milieu de la réponse, après %1 octets</translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 fingerprint %1 is not the pinned one; %2</source>
        <translation>l&apos;empreinte SHA-256 %1 du certificat n&apos;est pas celle épinglée ; %2</translation>
    </message>
</context>
<context>
    <name>opencti::OpenCtiCheckJob</name>
    <message>
        <source>Check the OpenCTI connection</source>
        <translation>Vérifier la connexion OpenCTI</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>OpenCTI token: paste the API token shown in OpenCTI: your profile, API access.</source>
        <translation>Jeton OpenCTI : collez le jeton d&apos;API affiché dans OpenCTI (votre profil, accès API).</translation>
    </message>
    <message>
        <source>Asking OpenCTI who the token belongs to</source>
        <translation>Demande à OpenCTI du propriétaire du jeton</translation>
    </message>
    <message>
        <source>OpenCTI is busy or unreachable; trying again in %1 s</source>
        <translation>OpenCTI est occupé ou injoignable ; nouvelle tentative dans %1 s</translation>
    </message>
    <message>
        <source>the answer names no user and no version</source>
        <translation>la réponse ne désigne aucun utilisateur ni aucune version</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connected to OpenCTI %1 as %2</source>
        <translation>Connecté à OpenCTI %1 en tant que %2</translation>
    </message>
</context>
<context>
    <name>opencti::OpenCtiImportJob</name>
    <message>
        <source>Import flagged threats into OpenCTI</source>
        <translation>Importer les menaces marquées dans OpenCTI</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln selected threat(s) into OpenCTI</source>
        <translation>
            <numerusform>Importer %Ln menace sélectionnée dans OpenCTI</numerusform>
            <numerusform>Importer %Ln menaces sélectionnées dans OpenCTI</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is not configured: it needs a SentinelOne console and an OpenCTI platform.</source>
        <translation>L&apos;import n&apos;est pas configuré : il nécessite une console SentinelOne et une plateforme OpenCTI.</translation>
    </message>
    <message>
        <source>Connector ID: the profile has none; edit the profile to create one.</source>
        <translation>ID du connecteur : le profil n&apos;en a pas. Modifiez le profil pour en créer un.</translation>
    </message>
    <message>
        <source>Import start date: choose the date from which threats are imported.</source>
        <translation>Date de début d&apos;import : choisissez la date à partir de laquelle les menaces sont importées.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln import(s) left unconfirmed by an earlier run</source>
        <translation>
            <numerusform>Vérification de %Ln import laissé non confirmé par une exécution précédente</numerusform>
            <numerusform>Vérification de %Ln imports laissés non confirmés par une exécution précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering with OpenCTI</source>
        <translation>Enregistrement auprès d&apos;OpenCTI</translation>
    </message>
    <message>
        <source>Looking for threats to import</source>
        <translation>Recherche des menaces à importer</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 threats checked</source>
        <translation>Import : %1 menaces vérifiées sur %2</translation>
    </message>
    <message>
        <source>S1 Bridge import %1</source>
        <translation>Import S1 Bridge %1</translation>
    </message>
    <message>
        <source>OpenCTI created no work for the import</source>
        <translation>OpenCTI n&apos;a créé aucun travail pour l&apos;import</translation>
    </message>
    <message>
        <source>OpenCTI did not accept the bundle.</source>
        <translation>OpenCTI n&apos;a pas accepté le bundle.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for OpenCTI to process %Ln bundle(s)</source>
        <translation>
            <numerusform>En attente du traitement de %Ln bundle par OpenCTI</numerusform>
            <numerusform>En attente du traitement de %Ln bundles par OpenCTI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) sent by S1 Bridge</source>
        <translation>
            <numerusform>%Ln menace envoyée par S1 Bridge</numerusform>
            <numerusform>%Ln menaces envoyées par S1 Bridge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln threat(s) to OpenCTI; it is still processing them. The next run confirms them.</source>
        <translation>
            <numerusform>%Ln menace envoyée à OpenCTI ; il la traite encore. La prochaine exécution la confirmera.</numerusform>
            <numerusform>%Ln menaces envoyées à OpenCTI ; il les traite encore. La prochaine exécution les confirmera.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenCTI is processing the bundles</source>
        <translation>OpenCTI traite les bundles</translation>
    </message>
    <message>
        <source>OpenCTI reported: %1</source>
        <translation>OpenCTI a signalé : %1</translation>
    </message>
    <message>
        <source>The import database could not record the result: %1</source>
        <translation>La base de données d&apos;import n&apos;a pas pu enregistrer le résultat : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln threat(s) into OpenCTI.</source>
        <translation>
            <numerusform>%Ln menace importée dans OpenCTI.</numerusform>
            <numerusform>%Ln menaces importées dans OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged since the last import.</source>
        <translation>
            <numerusform>%Ln inchangée depuis le dernier import.</numerusform>
            <numerusform>%Ln inchangées depuis le dernier import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without the flag.</source>
        <translation>
            <numerusform>%Ln sans la marque.</numerusform>
            <numerusform>%Ln sans la marque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent earlier and still being processed by OpenCTI.</source>
        <translation>
            <numerusform>%Ln envoyée précédemment et encore en cours de traitement par OpenCTI.</numerusform>
            <numerusform>%Ln envoyées précédemment et encore en cours de traitement par OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln en échec.</numerusform>
            <numerusform>%Ln en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::AccountListJob</name>
    <message>
        <source>List accounts</source>
        <translation>Lister les comptes</translation>
    </message>
</context>
<context>
    <name>s1::ConsoleConnection</name>
    <message>
        <source>Not configured</source>
        <translation>Non configurée</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connectée à %1</translation>
    </message>
    <message>
        <source>Token refused by %1</source>
        <translation>Jeton refusé par %1</translation>
    </message>
    <message>
        <source>No rights on %1</source>
        <translation>Aucun droit sur %1</translation>
    </message>
    <message>
        <source>%1 is not a SentinelOne console</source>
        <translation>%1 n&apos;est pas une console SentinelOne</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 injoignable</translation>
    </message>
</context>
<context>
    <name>s1::ConsoleProbeJob</name>
    <message>
        <source>Look for a SentinelOne console</source>
        <translation>Rechercher une console SentinelOne</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Asking %1 whether it is a SentinelOne console</source>
        <translation>Demande à %1 s&apos;il s&apos;agit d&apos;une console SentinelOne</translation>
    </message>
    <message>
        <source>A SentinelOne console answers at %1.</source>
        <translation>Une console SentinelOne répond à l&apos;adresse %1.</translation>
    </message>
</context>
<context>
    <name>s1::ConsoleScopesJob</name>
    <message>
        <source>List the console&apos;s accounts, sites and groups</source>
        <translation>Lister les comptes, sites et groupes de la console</translation>
    </message>
    <message>
        <source>The console connection was closed before its scopes were listed: open the profile again.</source>
        <translation>La connexion à la console a été fermée avant que ses portées soient listées : ouvrez de nouveau le profil.</translation>
    </message>
    <message>
        <source>Listing accounts</source>
        <translation>Liste des comptes</translation>
    </message>
    <message>
        <source>Listing sites</source>
        <translation>Liste des sites</translation>
    </message>
    <message>
        <source>Listing groups</source>
        <translation>Liste des groupes</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), </source>
        <translation>
            <numerusform>%n compte, </numerusform>
            <numerusform>%n comptes, </numerusform>
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
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::FirewallRuleListJob</name>
    <message>
        <source>List firewall rules</source>
        <translation>Lister les règles de pare-feu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln firewall rule(s)</source>
        <translation>
            <numerusform>%Ln règle de pare-feu</numerusform>
            <numerusform>%Ln règles de pare-feu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::GroupListJob</name>
    <message>
        <source>List groups</source>
        <translation>Lister les groupes</translation>
    </message>
</context>
<context>
    <name>s1::IocListJob</name>
    <message>
        <source>List threat-intelligence IOCs</source>
        <translation>Lister les IOC de renseignement sur les menaces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IOC(s)</source>
        <translation>
            <numerusform>%Ln IOC</numerusform>
            <numerusform>%Ln IOC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::NoteListJob</name>
    <message>
        <source>List notes of threat %1</source>
        <translation>Lister les notes de la menace %1</translation>
    </message>
</context>
<context>
    <name>s1::PageWalk</name>
    <message>
        <source>The console</source>
        <translation>La console</translation>
    </message>
    <message>
        <source>The console %1</source>
        <translation>La console %1</translation>
    </message>
    <message>
        <source>it may be misbehaving, or a proxy may be changing its answers; try again later and tell its administrator if it goes on.</source>
        <translation>elle fonctionne peut-être mal, ou un proxy modifie ses réponses ; réessayez plus tard et prévenez son administrateur si cela continue.</translation>
    </message>
    <message numerus="yes">
        <source>%1 repeated a page cursor after %n request(s): it would have sent the same pages forever, so the list was stopped; %2</source>
        <translation>
            <numerusform>%1 a répété un curseur de page après %n requête : elle aurait envoyé les mêmes pages sans fin, la liste a donc été arrêtée ; %2</numerusform>
            <numerusform>%1 a répété un curseur de page après %n requêtes : elle aurait envoyé les mêmes pages sans fin, la liste a donc été arrêtée ; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept sending pages past the %2 items it announced (%3 items in %n request(s)), so the list was stopped; %4</source>
        <translation>
            <numerusform>%1 a continué d&apos;envoyer des pages au-delà des %2 éléments annoncés (%3 éléments en %n requête), la liste a donc été arrêtée ; %4</numerusform>
            <numerusform>%1 a continué d&apos;envoyer des pages au-delà des %2 éléments annoncés (%3 éléments en %n requêtes), la liste a donc été arrêtée ; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept sending pages past %2 requests, so the list was stopped; %3</source>
        <translation>%1 a continué d&apos;envoyer des pages au-delà de %2 requêtes, la liste a donc été arrêtée ; %3</translation>
    </message>
</context>
<context>
    <name>s1::PagedListJob</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Requesting the first page</source>
        <translation>Demande de la première page</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list</source>
        <translation>&quot;data&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 chargé(s)</translation>
    </message>
    <message numerus="yes">
        <source>Listed %1 in %n request(s).</source>
        <translation>
            <numerusform>%1 listé(s) en %n requête.</numerusform>
            <numerusform>%1 listé(s) en %n requêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::S1Client</name>
    <message>
        <source>A threat note must be %L1 to %L2 characters long and not only spaces; this one has %L3.</source>
        <translation>Une note de menace doit contenir de %L1 à %L2 caractères et pas uniquement des espaces ; celle-ci en a %L3.</translation>
    </message>
    <message>
        <source>A note request must name at least one threat.</source>
        <translation>Une requête de note doit désigner au moins une menace.</translation>
    </message>
    <message>
        <source>A note can be added to at most %L1 threats in one request, not %L2.</source>
        <translation>Une note peut être ajoutée à au plus %L1 menaces par requête, pas %L2.</translation>
    </message>
    <message>
        <source>Sites can be listed for at most %L1 accounts in one request, not %L2.</source>
        <translation>Les sites peuvent être listés pour au plus %L1 comptes par requête, pas %L2.</translation>
    </message>
    <message>
        <source>Groups can be listed for at most %L1 sites in one request, not %L2.</source>
        <translation>Les groupes peuvent être listés pour au plus %L1 sites par requête, pas %L2.</translation>
    </message>
    <message>
        <source>Choose where the firewall rule goes: one account, site or group.</source>
        <translation>Choisissez où va la règle de pare-feu : un compte, un site ou un groupe.</translation>
    </message>
    <message>
        <source>The firewall rule to update has no id: read it from the console first.</source>
        <translation>La règle de pare-feu à mettre à jour n&apos;a pas d&apos;identifiant. Lisez-la d&apos;abord depuis la console.</translation>
    </message>
    <message>
        <source>Name the firewall rules to delete by their ids: a delete request without ids would delete every rule its filter matches.</source>
        <translation>Désignez les règles de pare-feu à supprimer par leurs identifiants : une requête de suppression sans identifiants supprimerait toutes les règles correspondant à son filtre.</translation>
    </message>
    <message>
        <source>At most %L1 firewall rules can be deleted in one request, not %L2.</source>
        <translation>Au plus %L1 règles de pare-feu peuvent être supprimées par requête, pas %L2.</translation>
    </message>
    <message>
        <source>A firewall rule id to delete is empty.</source>
        <translation>Un identifiant de règle de pare-feu à supprimer est vide.</translation>
    </message>
    <message>
        <source>An IOC request must carry at least one IOC.</source>
        <translation>Une requête d&apos;IOC doit contenir au moins un IOC.</translation>
    </message>
    <message>
        <source>IOC %L1 (%2)</source>
        <translation>IOC %L1 (%2)</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not one the console takes (%3).</source>
        <translation>%1 : le type &quot;%2&quot; n&apos;est pas accepté par la console (%3).</translation>
    </message>
    <message>
        <source>IOC %L1: the value is empty.</source>
        <translation>IOC %L1 : la valeur est vide.</translation>
    </message>
    <message>
        <source>%1: the source text is empty; the console needs one (for example &quot;S1 Bridge&quot;).</source>
        <translation>%1 : le texte de source est vide ; la console en a besoin d&apos;un (par exemple &quot;S1 Bridge&quot;).</translation>
    </message>
    <message>
        <source>%1: the severity must be 0 to 7, not %2.</source>
        <translation>%1 : la gravité doit être comprise entre 0 et 7, pas %2.</translation>
    </message>
    <message>
        <source>%1: the risk score must be 0 to 100, not %2.</source>
        <translation>%1 : le score de risque doit être compris entre 0 et 100, pas %2.</translation>
    </message>
    <message>
        <source>The IOC type &quot;%1&quot; is not one the console takes (%2).</source>
        <translation>Le type d&apos;IOC &quot;%1&quot; n&apos;est pas accepté par la console (%2).</translation>
    </message>
    <message>
        <source>IOCs can be listed by at most %L1 uuids in one request, not %L2.</source>
        <translation>Les IOC peuvent être listés par au plus %L1 UUID par requête, pas %L2.</translation>
    </message>
    <message>
        <source>Name the IOCs to delete by their uuids: deleting by value alone would also delete the same value uploaded by anyone else.</source>
        <translation>Désignez les IOC à supprimer par leurs UUID : supprimer par valeur seule supprimerait aussi la même valeur envoyée par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>At most %L1 IOCs can be deleted in one request, not %L2.</source>
        <translation>Au plus %L1 IOC peuvent être supprimés par requête, pas %L2.</translation>
    </message>
    <message>
        <source>An IOC uuid to delete is empty.</source>
        <translation>Un UUID d&apos;IOC à supprimer est vide.</translation>
    </message>
</context>
<context>
    <name>s1::SiteListJob</name>
    <message>
        <source>List sites</source>
        <translation>Lister les sites</translation>
    </message>
</context>
<context>
    <name>s1::Threat</name>
    <message>
        <source>Unnamed threat</source>
        <translation>Menace sans nom</translation>
    </message>
</context>
<context>
    <name>s1::ThreatCsvExportJob</name>
    <message>
        <source>Export threats to CSV</source>
        <translation>Exporter les menaces en CSV</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln menace</numerusform>
            <numerusform>%Ln menaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln threat(s)</source>
        <translation>
            <numerusform>%1 menace récupérée sur %Ln</numerusform>
            <numerusform>%1 menaces récupérées sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %Ln threat(s)</source>
        <translation>
            <numerusform>%Ln menace récupérée</numerusform>
            <numerusform>%Ln menaces récupérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln row(s) written</source>
        <translation>
            <numerusform>%1 ; %Ln ligne écrite</numerusform>
            <numerusform>%1 ; %Ln lignes écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln threat(s) to %1.</source>
        <translation>
            <numerusform>%Ln menace exportée vers %1.</numerusform>
            <numerusform>%Ln menaces exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>s1::ThreatFlagJob</name>
    <message numerus="yes">
        <source>Flag %n threat(s) for OpenCTI</source>
        <translation>
            <numerusform>Marquer %n menace pour OpenCTI</numerusform>
            <numerusform>Marquer %n menaces pour OpenCTI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the OpenCTI flag from %n threat(s)</source>
        <translation>
            <numerusform>Retirer la marque OpenCTI de %n menace</numerusform>
            <numerusform>Retirer la marque OpenCTI de %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>The flag text is empty; set it in the profile (default [OpenCTI_add]).</source>
        <translation>Le texte de marque est vide. Définissez-le dans le profil (par défaut [OpenCTI_add]).</translation>
    </message>
    <message>
        <source>No threats given.</source>
        <translation>Aucune menace indiquée.</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Lecture des notes</translation>
    </message>
    <message>
        <source>Reading which threats already carry the flag</source>
        <translation>Lecture des menaces qui portent déjà la marque</translation>
    </message>
    <message>
        <source>Adding the flag note</source>
        <translation>Ajout de la note de marque</translation>
    </message>
    <message>
        <source>The console&apos;s answer was lost; reading the notes back</source>
        <translation>La réponse de la console a été perdue ; relecture des notes</translation>
    </message>
    <message>
        <source>The console does not know threat %1 (deleted, or outside this token&apos;s scope).</source>
        <translation>La console ne connaît pas la menace %1 (supprimée, ou hors de la portée de ce jeton).</translation>
    </message>
    <message numerus="yes">
        <source>Flagged %Ln threat(s) for OpenCTI.</source>
        <translation>
            <numerusform>%Ln menace marquée pour OpenCTI.</numerusform>
            <numerusform>%Ln menaces marquées pour OpenCTI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %Ln threat(s).</source>
        <translation>
            <numerusform>Marque retirée de %Ln menace.</numerusform>
            <numerusform>Marque retirée de %Ln menaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already flagged: %Ln threat(s).</source>
        <translation>
            <numerusform>Déjà marquée : %Ln menace.</numerusform>
            <numerusform>Déjà marquées : %Ln menaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) had no flag.</source>
        <translation>
            <numerusform>%Ln menace n&apos;avait pas de marque.</numerusform>
            <numerusform>%Ln menaces n&apos;avaient pas de marque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s) failed.</source>
        <translation>
            <numerusform>%Ln menace en échec.</numerusform>
            <numerusform>%Ln menaces en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatListJob</name>
    <message>
        <source>List threats</source>
        <translation>Lister les menaces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln menace</numerusform>
            <numerusform>%Ln menaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s1::ThreatQuery</name>
    <message>
        <source>The threat filter %1 holds %L2 values; SentinelOne takes at most %L3 in one request.</source>
        <translation>Le filtre de menaces %1 contient %L2 valeurs ; SentinelOne en accepte au plus %L3 par requête.</translation>
    </message>
    <message>
        <source>The threat filter %1 has an empty value or one with a comma (&quot;%2&quot;).</source>
        <translation>Le filtre de menaces %1 a une valeur vide ou contenant une virgule (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The threat filter %1 does not take &quot;%2&quot;; expected one of: %3.</source>
        <translation>Le filtre de menaces %1 n&apos;accepte pas &quot;%2&quot; ; attendu : l&apos;une des valeurs %3.</translation>
    </message>
    <message>
        <source>Threats cannot be sorted by &quot;%1&quot;; expected one of: %2.</source>
        <translation>Les menaces ne peuvent pas être triées par &quot;%1&quot; ; attendu : l&apos;une des valeurs %2.</translation>
    </message>
</context>
<context>
    <name>session::ProfileSession</name>
    <message>
        <source>The API token of %1 is not in the keychain.</source>
        <translation>Le jeton d&apos;API de %1 n&apos;est pas dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>This profile does not send to OpenCTI.</source>
        <translation>Ce profil n&apos;envoie rien à OpenCTI.</translation>
    </message>
    <message>
        <source>The OpenCTI token of this profile is not in the keychain. Use Profile ▸ Edit profile, OpenCTI page, to enter it again.</source>
        <translation>Le jeton OpenCTI de ce profil n&apos;est pas dans le trousseau. Utilisez Profil ▸ Modifier le profil, page OpenCTI, pour le saisir à nouveau.</translation>
    </message>
</context>
</TS>
