<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mirror Console</source>
        <translation>Über Mirror Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mirror Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mirror Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Runs a fleet of ClamAV database mirrors over SSH and HTTP: their freshness, syncs, locks, disk, bandwidth and firewalls.</source>
        <translation>Betreibt eine Flotte von ClamAV-Datenbank-Mirrors über SSH und HTTP: ihre Aktualität, Syncs, Sperren, Platten, Bandbreite und Firewalls.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>ActCommands</name>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>kein Mirror %1 im Bestand</translation>
    </message>
    <message>
        <source>%1: lock not broken: %2</source>
        <translation>%1: Sperre nicht aufgehoben: %2</translation>
    </message>
    <message>
        <source>get: print RSYNC_PASSWORD instead of masking it.</source>
        <translation>get: RSYNC_PASSWORD ausgeben statt es zu maskieren.</translation>
    </message>
    <message>
        <source>set: show the change, write nothing.</source>
        <translation>set: die Änderung zeigen, nichts schreiben.</translation>
    </message>
    <message>
        <source>set: also keep the new RSYNC_PASSWORD in the system keychain.</source>
        <translation>set: das neue RSYNC_PASSWORD auch im Schlüsselbund des Systems ablegen.</translation>
    </message>
    <message>
        <source>get or set</source>
        <translation>get oder set</translation>
    </message>
    <message>
        <source>The mirror.</source>
        <translation>Der Mirror.</translation>
    </message>
    <message>
        <source>config get MIRROR, or config set MIRROR KEY=VALUE...</source>
        <translation>config get MIRROR, oder config set MIRROR SCHLÜSSEL=WERT...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>„%1“ ist nicht SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>%1: %2 written, the old one kept as %3</source>
        <translation>%1: %2 geschrieben, die alte Fassung als %3 aufbewahrt</translation>
    </message>
    <message>
        <source>the file was written, but the password was not kept: %1</source>
        <translation>die Datei wurde geschrieben, das Passwort aber nicht abgelegt: %1</translation>
    </message>
    <message>
        <source>no answer from the keychain</source>
        <translation>keine Antwort vom Schlüsselbund</translation>
    </message>
    <message>
        <source>set: RSYNC_PASSWORD is the one kept in the system keychain for the mirror.</source>
        <translation>set: RSYNC_PASSWORD ist das für den Mirror im Schlüsselbund des Systems abgelegte.</translation>
    </message>
    <message>
        <source>set: KEY=VALUE ...; the password never on the command line (every user can read it there): RSYNC_PASSWORD asks for it, RSYNC_PASSWORD=- reads it from standard input</source>
        <translation>set: SCHLÜSSEL=WERT ...; das Passwort nie auf der Befehlszeile (dort kann es jeder Benutzer lesen): RSYNC_PASSWORD fragt danach, RSYNC_PASSWORD=- liest es von der Standardeingabe</translation>
    </message>
    <message>
        <source>New RSYNC_PASSWORD: </source>
        <translation>Neues RSYNC_PASSWORD: </translation>
    </message>
    <message>
        <source>RSYNC_PASSWORD asks on a terminal, and there is none: give RSYNC_PASSWORD=- and the password on standard input</source>
        <translation>RSYNC_PASSWORD fragt auf einem Terminal, und es gibt keines: RSYNC_PASSWORD=- angeben und das Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>the password is not taken from the command line, where every user of this machine can read it: give RSYNC_PASSWORD to be asked, RSYNC_PASSWORD=- to read it from standard input, or --password-from-keychain</source>
        <translation>das Passwort wird nicht von der Befehlszeile genommen, wo jeder Benutzer dieses Rechners es lesen kann: RSYNC_PASSWORD angeben, um danach gefragt zu werden, RSYNC_PASSWORD=-, um es von der Standardeingabe zu lesen, oder --password-from-keychain</translation>
    </message>
    <message>
        <source>RSYNC_PASSWORD=-: nothing on standard input</source>
        <translation>RSYNC_PASSWORD=-: nichts auf der Standardeingabe</translation>
    </message>
    <message>
        <source>no RSYNC_PASSWORD for %1 in the keychain: %2</source>
        <translation>kein RSYNC_PASSWORD für %1 im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>set: also save the file with Unix line endings (a file edited on Windows).</source>
        <translation>set: die Datei außerdem mit Unix-Zeilenenden speichern (eine unter Windows bearbeitete Datei).</translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Mirror Console</source>
        <translation>Mirror Console</translation>
    </message>
    <message>
        <source>%1: fine again (%2)</source>
        <translation>%1: wieder in Ordnung (%2)</translation>
    </message>
    <message>
        <source>%1: still %2</source>
        <translation>%1: weiterhin %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>die Flotte</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>Mails</translation>
    </message>
</context>
<context>
    <name>AlertBook</name>
    <message>
        <source>cannot read the alerts: %1</source>
        <translation>die Warnungen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot record the alerts: %1</source>
        <translation>die Warnungen lassen sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <source>%1 checks in a row without an HTTP answer; the last: %2</source>
        <translation>%1 Prüfungen in Folge ohne HTTP-Antwort; zuletzt: %2</translation>
    </message>
    <message>
        <source>%1 daily versions behind since %2: %3</source>
        <translation>seit %2 %1 daily-Versionen zurück: %3</translation>
    </message>
    <message>
        <source>the mirror&apos;s key is accepted</source>
        <translation>der Schlüssel des Spiegels ist angenommen</translation>
    </message>
    <message>
        <source>%1 failed syncs in a row; the last: %2</source>
        <translation>%1 fehlgeschlagene Synchronisationen in Folge; zuletzt: %2</translation>
    </message>
    <message>
        <source>the last sync succeeded</source>
        <translation>die letzte Synchronisation ist gelungen</translation>
    </message>
    <message>
        <source>%1 free on %2, where DocumentRoot is; at least %3 wanted</source>
        <translation>%1 frei auf %2, wo DocumentRoot liegt; mindestens %3 nötig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; the fix: %3</source>
        <translation>%1: %2; Abhilfe: %3</translation>
    </message>
    <message>
        <source>every firewall check passes</source>
        <translation>jede Firewall-Prüfung besteht</translation>
    </message>
    <message>
        <source>presented %1; on record: %2</source>
        <translation>vorgezeigt: %1; bekannt: %2</translation>
    </message>
    <message>
        <source>%1 of %2 mirrors gave no HTTP answer in one sweep, more than %3 %: the checker&apos;s own network is the likelier cause. Their unreachable checks were not counted and DNS was left as it was.</source>
        <translation>%1 von %2 Spiegeln gaben in einem Durchgang keine HTTP-Antwort, mehr als %3 %: wahrscheinlicher liegt es am eigenen Netz des Prüfers. Ihre Prüfungen ohne Antwort wurden nicht gezählt, und das DNS blieb, wie es war.</translation>
    </message>
    <message>
        <source>%1 of %2 mirrors gave no HTTP answer in the last sweep</source>
        <translation>%1 von %2 Spiegeln gaben im letzten Durchgang keine HTTP-Antwort</translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message>
        <source>timestamp a day old</source>
        <translation>Zeitstempel einen Tag alt</translation>
    </message>
    <message>
        <source>The file timestamp, uploaded by the team every three hours, is a day old or cannot be fetched. Check that clam-clientsync runs and ends well: its log is ~/rsync.log.0 (or ~/rsync.log). A mirror old for a second day is taken out of DNS.</source>
        <translation>Die Datei timestamp, die das Team alle drei Stunden hochlädt, ist einen Tag alt oder nicht abrufbar. Bitte prüfen Sie, ob clam-clientsync läuft und gut endet: sein Protokoll ist ~/rsync.log.0 (oder ~/rsync.log). Ein Spiegel, der einen zweiten Tag alt ist, wird aus dem DNS genommen.</translation>
    </message>
    <message>
        <source>taken out of DNS</source>
        <translation>aus dem DNS genommen</translation>
    </message>
    <message>
        <source>The timestamp has been old for two days: the mirror leaves its country&apos;s DNS record until a check finds it fresh again.</source>
        <translation>Der Zeitstempel ist seit zwei Tagen alt: Der Spiegel verlässt den DNS-Eintrag seines Landes, bis eine Prüfung ihn wieder aktuell findet.</translation>
    </message>
    <message>
        <source>no answer over HTTP</source>
        <translation>keine Antwort über HTTP</translation>
    </message>
    <message>
        <source>Check the web server that serves DocumentRoot as database.clamav.net and db.*.clamav.net, and that port 80 is open.</source>
        <translation>Bitte prüfen Sie den Webserver, der DocumentRoot als database.clamav.net und db.*.clamav.net ausliefert, und ob Port 80 offen ist.</translation>
    </message>
    <message>
        <source>serving old database versions</source>
        <translation>liefert alte Datenbankversionen aus</translation>
    </message>
    <message>
        <source>The mirror answers, but serves a daily version behind the current one. Check that rsync completes and that the web server serves the directory clam-clientsync writes (TO in clam-clientsync.conf).</source>
        <translation>Der Spiegel antwortet, liefert aber eine ältere daily-Version als die aktuelle aus. Bitte prüfen Sie, ob rsync vollständig durchläuft und ob der Webserver das Verzeichnis ausliefert, das clam-clientsync schreibt (TO in clam-clientsync.conf).</translation>
    </message>
    <message>
        <source>a stale lock file</source>
        <translation>eine verwaiste Sperrdatei</translation>
    </message>
    <message>
        <source>The lock file Archive-Update-in-Progress-&lt;hostname&gt; in DocumentRoot was left behind by a sync that no longer runs: no sync starts until it is removed, or two hours after it was last touched.</source>
        <translation>Die Sperrdatei Archive-Update-in-Progress-&lt;hostname&gt; in DocumentRoot blieb von einer Synchronisation zurück, die nicht mehr läuft: Keine Synchronisation startet, bis sie entfernt ist oder zwei Stunden nach ihrer letzten Änderung.</translation>
    </message>
    <message>
        <source>syncs failing</source>
        <translation>Synchronisationen schlagen fehl</translation>
    </message>
    <message>
        <source>rsync&apos;s error is above. &quot;auth failed on module&quot; means a wrong RSYNC_PASSWORD in ~/etc/clam-clientsync.conf; &quot;Connection refused&quot; or a timeout means outgoing 873/tcp is blocked.</source>
        <translation>Der Fehler von rsync steht oben. „auth failed on module“ bedeutet ein falsches RSYNC_PASSWORD in ~/etc/clam-clientsync.conf; „Connection refused“ oder eine Zeitüberschreitung bedeutet, dass ausgehendes 873/tcp gesperrt ist.</translation>
    </message>
    <message>
        <source>little free disk space</source>
        <translation>wenig freier Plattenplatz</translation>
    </message>
    <message>
        <source>The How-to asks for at least 200 MB free for the web space; a full disk stops the sync halfway.</source>
        <translation>Das How-to verlangt mindestens 200 MB freien Platz für den Webbereich; eine volle Platte bricht die Synchronisation mittendrin ab.</translation>
    </message>
    <message>
        <source>a firewall rule missing</source>
        <translation>eine Firewall-Regel fehlt</translation>
    </message>
    <message>
        <source>The How-to&apos;s firewall lets 22/tcp in from the push masters and 873/tcp and 873/udp out. The commands that mend it are above.</source>
        <translation>Die Firewall des How-to lässt 22/tcp von den Push-Mastern herein und 873/tcp und 873/udp hinaus. Die Befehle, die das beheben, stehen oben.</translation>
    </message>
    <message>
        <source>a changed host key</source>
        <translation>ein geänderter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Nothing is sent to the mirror until an operator has checked the new key with its admin and accepted it.</source>
        <translation>Dem Spiegel wird nichts gesendet, bis ein Operator den neuen Schlüssel mit dessen Admin geprüft und angenommen hat.</translation>
    </message>
    <message>
        <source>the checker&apos;s own sweep failed</source>
        <translation>die Prüfung selbst ist gescheitert</translation>
    </message>
    <message>
        <source>Much of the fleet failed at once, which points at the checker&apos;s own network: DNS was left as it was.</source>
        <translation>Ein großer Teil der Flotte scheiterte auf einmal, was auf das Netz des Prüfers selbst deutet: Das DNS blieb, wie es war.</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>die Flotte</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] Reminder: %1: %2</source>
        <translation>[ClamAV-Spiegel] Erinnerung: %1: %2</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] %1 is fine again: %2</source>
        <translation>[ClamAV-Spiegel] %1 ist wieder in Ordnung: %2</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] %1: %2</source>
        <translation>[ClamAV-Spiegel] %1: %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>the monitoring of the ClamAV database mirrors finds %1 fine again:</source>
        <translation>die Überwachung der ClamAV-Datenbankspiegel findet %1 wieder in Ordnung:</translation>
    </message>
    <message>
        <source>the monitoring of the ClamAV database mirrors still finds this on %1:</source>
        <translation>die Überwachung der ClamAV-Datenbankspiegel findet auf %1 weiterhin Folgendes:</translation>
    </message>
    <message>
        <source>the monitoring of the ClamAV database mirrors found this on %1:</source>
        <translation>die Überwachung der ClamAV-Datenbankspiegel hat auf %1 Folgendes gefunden:</translation>
    </message>
    <message>
        <source>  Seen: %1</source>
        <translation>  Gesehen: %1</translation>
    </message>
    <message>
        <source>  Since: %1</source>
        <translation>  Seit: %1</translation>
    </message>
    <message>
        <source>The monitoring system of the ClamAV mirror team. It writes once when something changes, and again as a reminder while it lasts.</source>
        <translation>Das Überwachungssystem des ClamAV-Spiegelteams. Es schreibt einmal, wenn sich etwas ändert, und erinnert erneut, solange es andauert.</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] Test mail</source>
        <translation>[ClamAV-Spiegel] Testnachricht</translation>
    </message>
    <message>
        <source>This is a test of the mail settings of the ClamAV mirror team&apos;s monitoring. Nothing else is wrong.</source>
        <translation>Dies ist ein Test der Mail-Einstellungen der Überwachung des ClamAV-Spiegelteams. Sonst ist nichts falsch.</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Sprache (ab dem nächsten Start)</translation>
    </message>
</context>
<context>
    <name>ApplicationInfo</name>
    <message>
        <source>Mirror Console</source>
        <translation>Mirror Console</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>cannot write the audit trail: %1</source>
        <translation>der Prüfpfad kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditedInventory</name>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>probed and checked again</source>
        <translation>erneut abgefragt und geprüft</translation>
    </message>
    <message>
        <source>left out of refreshes, checks and DNS</source>
        <translation>von Aktualisierungen, Prüfungen und DNS ausgenommen</translation>
    </message>
    <message>
        <source>%1, %2, admin %3</source>
        <translation>%1, %2, Admin %3</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>kein Spiegel %1 im Inventar</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message>
        <source>maintenance %1 is over already</source>
        <translation>Wartung %1 ist schon vorbei</translation>
    </message>
    <message>
        <source>maintenance %1 ended: %2</source>
        <translation>Wartung %1 beendet: %2</translation>
    </message>
</context>
<context>
    <name>BandwidthTab</name>
    <message>
        <source>Bytes sent per hour</source>
        <translation>Gesendete Bytes pro Stunde</translation>
    </message>
    <message>
        <source>Bytes sent per day</source>
        <translation>Gesendete Bytes pro Tag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A trigger-only mirror is never probed: its access log is not read.</source>
        <translation>Ein Trigger-only-Mirror wird nie abgefragt: sein Zugriffsprotokoll wird nicht gelesen.</translation>
    </message>
    <message>
        <source>No traffic read yet: refresh the mirror (its access log must be known).</source>
        <translation>Noch kein Verkehr gelesen: Mirror aktualisieren (sein Zugriffsprotokoll muss bekannt sein).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The access log held %1 when first read; only its last lines were counted, the rest is older than the console&apos;s view.</source>
        <translation>Das Zugriffsprotokoll enthielt beim ersten Lesen %1; nur seine letzten Zeilen wurden gezählt, der Rest ist älter als der Blick der Konsole.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent per day, last 30 days</source>
        <translation>Pro Tag gesendet, letzte 30 Tage</translation>
    </message>
    <message>
        <source>The interface counters tell from the second refresh of the month on.</source>
        <translation>Die Schnittstellenzähler sagen es ab der zweiten Aktualisierung des Monats.</translation>
    </message>
    <message>
        <source>%1 sent by %2 by the interface counters.</source>
        <translation>%1 über %2 gesendet laut den Schnittstellenzählern.</translation>
    </message>
    <message>
        <source>This month: %1 sent in %2 requests (projected %3; the How-to expects %4 to %5). .cvd %6 %, .cdiff %7 %. %8
Top user agents: %9</source>
        <translation>Diesen Monat: %1 gesendet in %2 Anfragen (hochgerechnet %3; das How-to erwartet %4 bis %5). .cvd %6 %, .cdiff %7 %. %8
Häufigste User-Agents: %9</translation>
    </message>
    <message>
        <source>Sent per hour, last day</source>
        <translation>Pro Stunde gesendet, letzter Tag</translation>
    </message>
    <message>
        <source>No traffic in the last day.</source>
        <translation>Kein Verkehr am letzten Tag.</translation>
    </message>
    <message>
        <source>No traffic in the last 30 days.</source>
        <translation>Kein Verkehr in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>No interface but lo sent anything this month by its counters.</source>
        <translation>Laut ihren Zählern hat diesen Monat keine Schnittstelle außer lo etwas gesendet.</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>ClientSyncConf</name>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 still holds the template&apos;s &quot;changeme&quot;</source>
        <translation>%1 enthält noch das „changeme“ der Vorlage</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>MODULE is &quot;%1&quot;; the push masters serve &quot;clamavdb&quot;</source>
        <translation>MODULE ist „%1“; die Push-Master bieten „clamavdb“ an</translation>
    </message>
    <message>
        <source>unterminated quote; the shell would refuse the whole file</source>
        <translation>nicht abgeschlossenes Anführungszeichen; die Shell würde die ganze Datei ablehnen</translation>
    </message>
    <message>
        <source>unterminated quote in %1=; the shell would refuse the whole file</source>
        <translation>nicht abgeschlossenes Anführungszeichen in %1=; die Shell würde die ganze Datei ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>the file has Windows line endings (%n line(s)): bash keeps a \r at the end of every value, so TO, RSYNC_USER, RSYNC_PASSWORD and MODULE are not what they look like; save it with Unix line endings</source>
        <translation>
            <numerusform>die Datei hat Windows-Zeilenenden (%n Zeile): bash behält ein \r am Ende jedes Werts, daher sind TO, RSYNC_USER, RSYNC_PASSWORD und MODULE nicht, wonach sie aussehen; mit Unix-Zeilenenden speichern</numerusform>
            <numerusform>die Datei hat Windows-Zeilenenden (%n Zeilen): bash behält ein \r am Ende jedes Werts, daher sind TO, RSYNC_USER, RSYNC_PASSWORD und MODULE nicht, wonach sie aussehen; mit Unix-Zeilenenden speichern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSyncExpansion</name>
    <message>
        <source>TO is only whitespace: rsync gets no destination, only lists the module, and nothing is synced</source>
        <translation>TO besteht nur aus Leerraum: rsync bekommt kein Ziel, listet nur das Modul auf, und nichts wird synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>TO holds whitespace: the script expands $TO unquoted, so rsync gets %n words (%1) where one DocumentRoot should be, refuses them (&quot;Unexpected local arg&quot;) and every sync fails with code 1; rename the DocumentRoot or link it from a path without whitespace</source>
        <translation>
            <numerusform>TO enthält Leerraum: das Skript setzt $TO ohne Anführungszeichen ein, daher bekommt rsync %n Wort (%1), wo ein DocumentRoot stehen sollte, lehnt es ab („Unexpected local arg“), und jeder Sync scheitert mit Code 1; den DocumentRoot umbenennen oder über einen Pfad ohne Leerraum verlinken</numerusform>
            <numerusform>TO enthält Leerraum: das Skript setzt $TO ohne Anführungszeichen ein, daher bekommt rsync %n Wörter (%1), wo ein DocumentRoot stehen sollte, lehnt sie ab („Unexpected local arg“), und jeder Sync scheitert mit Code 1; den DocumentRoot umbenennen oder über einen Pfad ohne Leerraum verlinken</numerusform>
        </translation>
    </message>
    <message>
        <source>TO begins with &quot;-&quot;: rsync takes &quot;%1&quot; as an option, not as the DocumentRoot</source>
        <translation>TO beginnt mit „-“: rsync nimmt „%1“ als Option, nicht als DocumentRoot</translation>
    </message>
    <message>
        <source>TO &quot;%1&quot; has a colon before its first slash: rsync reads it as host:path, and every sync fails (source and destination cannot both be remote); write it as an absolute path</source>
        <translation>TO „%1“ hat einen Doppelpunkt vor dem ersten Schrägstrich: rsync liest das als Host:Pfad, und jeder Sync scheitert (Quelle und Ziel können nicht beide entfernt sein); als absoluten Pfad schreiben</translation>
    </message>
    <message>
        <source>TO is quoted so that its &quot;$&quot; is never expanded: rsync writes into a directory literally named &quot;%1&quot; under the home directory; use double quotes</source>
        <translation>TO ist so in Anführungszeichen gesetzt, dass sein „$“ nie ersetzt wird: rsync schreibt in ein Verzeichnis, das wörtlich „%1“ heißt, unter dem Home-Verzeichnis; doppelte Anführungszeichen verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds whitespace: the script expands it unquoted, so rsync&apos;s source splits into %n words (%2), rsync refuses them and every sync fails with code 1</source>
        <translation>
            <numerusform>%1 enthält Leerraum: das Skript setzt es ohne Anführungszeichen ein, daher zerfällt die Quelle von rsync in %n Wort (%2), rsync lehnt es ab, und jeder Sync scheitert mit Code 1</numerusform>
            <numerusform>%1 enthält Leerraum: das Skript setzt es ohne Anführungszeichen ein, daher zerfällt die Quelle von rsync in %n Wörter (%2), rsync lehnt sie ab, und jeder Sync scheitert mit Code 1</numerusform>
        </translation>
    </message>
    <message>
        <source>EXCLUDE holds &quot;%1&quot;, which is not an option: rsync takes it for a local file beside the push master&apos;s module, refuses it and every sync fails with code 1</source>
        <translation>EXCLUDE enthält „%1“, das keine Option ist: rsync hält es für eine lokale Datei neben dem Modul des Push-Masters, lehnt es ab, und jeder Sync scheitert mit Code 1</translation>
    </message>
    <message>
        <source>EXCLUDE&apos;s pattern %1 keeps its quote characters: the script expands $EXCLUDE unquoted, so rsync gets them as part of the pattern, which matches no file, and local files would be deleted at every sync; write EXCLUDE=&apos;--exclude local_*&apos;</source>
        <translation>Das Muster %1 in EXCLUDE behält seine Anführungszeichen: das Skript setzt $EXCLUDE ohne Anführungszeichen ein, daher bekommt rsync sie als Teil des Musters, das auf keine Datei passt, und lokale Dateien würden bei jedem Sync gelöscht; EXCLUDE=&apos;--exclude local_*&apos; schreiben</translation>
    </message>
    <message>
        <source>EXCLUDE lacks &quot;--exclude local_*&quot;: local files would be deleted at every sync</source>
        <translation>In EXCLUDE fehlt „--exclude local_*“: lokale Dateien würden bei jedem Sync gelöscht</translation>
    </message>
    <message>
        <source>EXCLUDE ends with &quot;%1&quot;, which takes a value: rsync takes the push master&apos;s module for it, only lists the DocumentRoot, and nothing is synced</source>
        <translation>EXCLUDE endet mit „%1“, das einen Wert braucht: rsync nimmt das Modul des Push-Masters dafür, listet nur den DocumentRoot auf, und nichts wird synchronisiert</translation>
    </message>
</context>
<context>
    <name>ConfEdit</name>
    <message>
        <source>the file on the mirror cannot be read as shell: %1; edit it as text</source>
        <translation>die Datei auf dem Mirror lässt sich nicht als Shell lesen: %1; als Text bearbeiten</translation>
    </message>
    <message>
        <source>%1 is not a clam-clientsync.conf key (%2)</source>
        <translation>%1 ist kein Schlüssel von clam-clientsync.conf (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigurationTab</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Reload from the mirror</source>
        <translation>Neu vom Mirror laden</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Prüfen und speichern…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep a new password in the system keychain</source>
        <translation>Ein neues Passwort im Schlüsselbund des Systems ablegen</translation>
    </message>
    <message>
        <source>clam-clientsync.conf as text</source>
        <translation>clam-clientsync.conf als Text</translation>
    </message>
    <message>
        <source>The whole file. RSYNC_PASSWORD=******** keeps the current password; type a new value to change it.</source>
        <translation>Die ganze Datei. RSYNC_PASSWORD=******** behält das aktuelle Passwort; einen neuen Wert eingeben, um es zu ändern.</translation>
    </message>
    <message>
        <source>Shows the change first; writes it only if the file on the mirror is still what was read, after a timestamped copy beside it</source>
        <translation>Zeigt zuerst die Änderung; schreibt sie nur, wenn die Datei auf dem Mirror noch so ist wie gelesen, nach einer Kopie mit Zeitstempel daneben</translation>
    </message>
    <message>
        <source>Could not read the conf: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 is trigger-only: any connection starts a sync, so its conf is neither read nor written from here.</source>
        <translation>%1 ist Trigger-only: jede Verbindung startet einen Sync, daher wird seine Konfiguration von hier weder gelesen noch geschrieben.</translation>
    </message>
    <message>
        <source>The conf of %1 is read when this tab is shown.</source>
        <translation>Die Konfiguration von %1 wird gelesen, wenn dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation>Lese %1 von %2…</translation>
    </message>
    <message>
        <source>%1 on %2, mode %3, read %4</source>
        <translation>%1 auf %2, Modus %3, gelesen %4</translation>
    </message>
    <message>
        <source>Write this change to %1 on %2?

%3

A timestamped copy of the current file is kept beside it; the write is refused if the file changed on the mirror since it was read.</source>
        <translation>Diese Änderung in %1 auf %2 schreiben?

%3

Eine Kopie der aktuellen Datei mit Zeitstempel bleibt daneben; das Schreiben wird abgelehnt, wenn sich die Datei auf dem Mirror seit dem Lesen geändert hat.</translation>
    </message>
    <message>
        <source>Save clam-clientsync.conf</source>
        <translation>clam-clientsync.conf speichern</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>In %1 schreiben</translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation>Schreibe %1 auf %2…</translation>
    </message>
    <message>
        <source>%1 written on %2; the old one kept as %3</source>
        <translation>%1 auf %2 geschrieben; die alte Fassung als %3 aufbewahrt</translation>
    </message>
    <message>
        <source>Written, but the password was not kept: %1</source>
        <translation>Geschrieben, das Passwort aber nicht abgelegt: %1</translation>
    </message>
    <message>
        <source>Use Unix line endings</source>
        <translation>Unix-Zeilenenden verwenden</translation>
    </message>
    <message>
        <source>Ends every line with \n alone, as bash needs; the diff shows each line it changes before anything is written</source>
        <translation>Beendet jede Zeile nur mit \n, wie bash es braucht; der Vergleich zeigt jede geänderte Zeile, bevor etwas geschrieben wird</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Export fleet as CSV…</source>
        <translation>Flotte als CSV exportieren…</translation>
    </message>
    <message>
        <source>Every enabled mirror&apos;s verdict and uptime, as mirrorctl verdicts --csv</source>
        <translation>Urteil und Verfügbarkeit jedes aktivierten Mirrors, wie mirrorctl verdicts --csv</translation>
    </message>
    <message>
        <source>Export fleet as JSON…</source>
        <translation>Flotte als JSON exportieren…</translation>
    </message>
    <message>
        <source>The same as JSON, as mirrorctl verdicts --json</source>
        <translation>Dasselbe als JSON, wie mirrorctl verdicts --json</translation>
    </message>
    <message>
        <source>Export fleet as HTML page…</source>
        <translation>Flotte als HTML-Seite exportieren…</translation>
    </message>
    <message>
        <source>The mirrors page, as mirrorctl export-html</source>
        <translation>Die Mirror-Seite, wie mirrorctl export-html</translation>
    </message>
    <message>
        <source>Export DNS records…</source>
        <translation>DNS-Einträge exportieren…</translation>
    </message>
    <message>
        <source>Each country&apos;s db.XY.clamav.net records of the mirrors fit to serve, as mirrorctl export-dns</source>
        <translation>Die db.XY.clamav.net-Einträge jedes Landes mit den dienstfähigen Mirrors, wie mirrorctl export-dns</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Find mirror</source>
        <translation>Mirror suchen</translation>
    </message>
    <message>
        <source>Filter the fleet by name, address, admin or tag</source>
        <translation>Die Flotte nach Name, Adresse, Admin oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Probe every shell-mode mirror: one round trip each (F5)</source>
        <translation>Jeden Shell-Mirror abfragen: ein Hin und Zurück je Mirror (F5)</translation>
    </message>
    <message>
        <source>Refresh selection</source>
        <translation>Auswahl aktualisieren</translation>
    </message>
    <message>
        <source>Probe the selected shell-mode mirrors only (Ctrl+R)</source>
        <translation>Nur die ausgewählten Shell-Mirrors abfragen (Strg+R)</translation>
    </message>
    <message>
        <source>Check freshness</source>
        <translation>Aktualität prüfen</translation>
    </message>
    <message>
        <source>Check every enabled mirror over HTTP now, trigger-only ones too (Shift+F5); it runs every hour in any case</source>
        <translation>Jeden aktivierten Mirror jetzt über HTTP prüfen, auch Trigger-only-Mirrors (Umschalt+F5); das geschieht ohnehin stündlich</translation>
    </message>
    <message>
        <source>Check freshness of selection</source>
        <translation>Aktualität der Auswahl prüfen</translation>
    </message>
    <message>
        <source>Check the selected mirrors over HTTP now (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten Mirrors jetzt über HTTP prüfen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Sync selection…</source>
        <translation>Auswahl synchronisieren…</translation>
    </message>
    <message>
        <source>Start clam-clientsync on the selected mirrors (Ctrl+Shift+S)</source>
        <translation>clam-clientsync auf den ausgewählten Mirrors starten (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Add mirror…</source>
        <translation>Mirror hinzufügen…</translation>
    </message>
    <message>
        <source>Edit mirror…</source>
        <translation>Mirror bearbeiten…</translation>
    </message>
    <message>
        <source>Import new-mirror e-mails…</source>
        <translation>E-Mails neuer Mirrors importieren…</translation>
    </message>
    <message>
        <source>Paste the e-mails new mirrors send, as the How-to asks them to</source>
        <translation>Die E-Mails einfügen, die neue Mirrors laut How-to schicken</translation>
    </message>
    <message>
        <source>Disable selection</source>
        <translation>Auswahl deaktivieren</translation>
    </message>
    <message>
        <source>Kept in the inventory, left out of refreshes, checks and DNS</source>
        <translation>Bleibt im Inventar, aber außerhalb von Aktualisierungen, Prüfungen und DNS</translation>
    </message>
    <message>
        <source>Enable selection</source>
        <translation>Auswahl aktivieren</translation>
    </message>
    <message>
        <source>Remove selection…</source>
        <translation>Auswahl entfernen…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Mirror Console</source>
        <translation>Über Mirror Console</translation>
    </message>
    <message>
        <source>Maintenance…</source>
        <translation>Wartung…</translation>
    </message>
    <message>
        <source>A time without alerts, mails or DNS for the mirror, as its admin announced it</source>
        <translation>Eine Zeit ohne Warnungen, Mails oder DNS für den Spiegel, wie sein Admin sie angekündigt hat</translation>
    </message>
</context>
<context>
    <name>ConsoleMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Mirrors</source>
        <translation>&amp;Mirrors</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>seconds to connect and get the SSH greeting</source>
        <translation>Sekunden für Verbindung und SSH-Begrüßung</translation>
    </message>
    <message>
        <source>seconds any one command or transfer may take</source>
        <translation>Sekunden, die ein einzelner Befehl oder eine Übertragung dauern darf</translation>
    </message>
    <message>
        <source>mirrors worked on at once</source>
        <translation>gleichzeitig bearbeitete Mirrors</translation>
    </message>
    <message>
        <source>seconds between keepalives of idle sessions</source>
        <translation>Sekunden zwischen Keepalives ruhender Sitzungen</translation>
    </message>
    <message>
        <source>hours after which a timestamp makes a mirror old</source>
        <translation>Stunden, nach denen ein Zeitstempel einen Mirror alt macht</translation>
    </message>
    <message>
        <source>hours after which an old mirror is removed from DNS</source>
        <translation>Stunden, nach denen ein alter Mirror aus dem DNS genommen wird</translation>
    </message>
    <message>
        <source>days of probe and check results kept</source>
        <translation>Tage, die Abfrage- und Prüfergebnisse aufbewahrt werden</translation>
    </message>
    <message>
        <source>minutes between freshness checks of the fleet</source>
        <translation>Minuten zwischen Aktualitätsprüfungen der Flotte</translation>
    </message>
    <message>
        <source>mirrors checked over HTTP at once</source>
        <translation>gleichzeitig über HTTP geprüfte Mirrors</translation>
    </message>
    <message>
        <source>TTL of the exported db.XY.clamav.net records</source>
        <translation>TTL der exportierten db.XY.clamav.net-Einträge</translation>
    </message>
    <message>
        <source>name a country with no fit mirror falls back to (a CNAME)</source>
        <translation>Name, auf den ein Land ohne geeigneten Mirror zurückfällt (ein CNAME)</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 nimmt eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>no setting %1; there are: %2</source>
        <translation>keine Einstellung %1; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>private key tried after ssh-agent&apos;s keys (empty: the agent only); a mirror&apos;s own key file takes its place</source>
        <translation>privater Schlüssel, der nach den Schlüsseln des ssh-agent versucht wird (leer: nur der Agent); die eigene Schlüsseldatei eines Mirrors tritt an seine Stelle</translation>
    </message>
    <message>
        <source>seconds an HTTP request may take, first byte to last</source>
        <translation>Sekunden, die eine HTTP-Anfrage vom ersten bis zum letzten Byte dauern darf</translation>
    </message>
    <message>
        <source>KB a mirror&apos;s timestamp or local_test may hold; more is a fault</source>
        <translation>KB, die timestamp oder local_test eines Mirrors enthalten dürfen; mehr ist ein Fehler</translation>
    </message>
    <message>
        <source>MB of output (stdout and stderr) one command on a mirror may send</source>
        <translation>MB Ausgabe (stdout und stderr), die ein Befehl auf einem Mirror senden darf</translation>
    </message>
    <message>
        <source>MB a file read from a mirror over SFTP may hold</source>
        <translation>MB, die eine über SFTP von einem Mirror gelesene Datei enthalten darf</translation>
    </message>
    <message>
        <source>MB of a mirror&apos;s sync logs copied to this machine in one fetch</source>
        <translation>MB der Sync-Protokolle eines Mirrors, die ein Abruf auf diesen Rechner kopiert</translation>
    </message>
    <message>
        <source>minutes a sync followed live may make no progress before the console stops waiting (a sync never outlives its lock&apos;s two hours)</source>
        <translation>Minuten ohne Fortschritt, nach denen die Konsole aufhört, auf einen live verfolgten Sync zu warten (ein Sync dauert nie länger als die zwei Stunden seiner Sperre)</translation>
    </message>
    <message>
        <source>checks in a row without an HTTP answer before a mirror is unreachable</source>
        <translation>Prüfungen in Folge ohne HTTP-Antwort, bevor ein Spiegel unerreichbar ist</translation>
    </message>
    <message>
        <source>daily versions behind the current one that count as lagging</source>
        <translation>daily-Versionen hinter der aktuellen, die als Rückstand zählen</translation>
    </message>
    <message>
        <source>hours a mirror lags before an alert</source>
        <translation>Stunden im Rückstand vor einer Warnung</translation>
    </message>
    <message>
        <source>failed syncs in a row before an alert</source>
        <translation>fehlgeschlagene Synchronisationen in Folge vor einer Warnung</translation>
    </message>
    <message>
        <source>hours between reminders of an alert that lasts (0: none)</source>
        <translation>Stunden zwischen Erinnerungen an eine andauernde Warnung (0: keine)</translation>
    </message>
    <message>
        <source>the team&apos;s address, told of every alert</source>
        <translation>die Adresse des Teams, die von jeder Warnung erfährt</translation>
    </message>
    <message>
        <source>the address alert mails come from</source>
        <translation>die Absenderadresse der Warn-Mails</translation>
    </message>
    <message>
        <source>1: a mail to a mirror&apos;s admin waits until an operator sends it</source>
        <translation>1: eine Mail an den Admin eines Spiegels wartet, bis ein Operator sie sendet</translation>
    </message>
    <message>
        <source>the SMTP server that sends the mails</source>
        <translation>der SMTP-Server, der die Mails versendet</translation>
    </message>
    <message>
        <source>the SMTP server&apos;s port</source>
        <translation>der Port des SMTP-Servers</translation>
    </message>
    <message>
        <source>starttls (required), tls (from the first byte) or none</source>
        <translation>starttls (verlangt), tls (vom ersten Byte an) oder none</translation>
    </message>
    <message>
        <source>the SMTP user (empty: no authentication); the password is kept apart</source>
        <translation>der SMTP-Benutzer (leer: keine Anmeldung); das Passwort wird getrennt verwahrt</translation>
    </message>
    <message>
        <source>certificate authorities the SMTP server&apos;s certificate is checked against (empty: the system&apos;s)</source>
        <translation>Zertifizierungsstellen, gegen die das Zertifikat des SMTP-Servers geprüft wird (leer: die des Systems)</translation>
    </message>
    <message>
        <source>minutes between the monitor&apos;s refreshes of shell-mode mirrors</source>
        <translation>Minuten zwischen den Aktualisierungen der Shell-Spiegel durch den Monitor</translation>
    </message>
    <message>
        <source>%1 takes a readable file or nothing, not &quot;%2&quot;</source>
        <translation>%1 nimmt eine lesbare Datei oder nichts, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 takes an e-mail address or nothing, not &quot;%2&quot;</source>
        <translation>%1 nimmt eine E-Mail-Adresse oder nichts, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not &quot;%3&quot;</source>
        <translation>%1 nimmt eines von %2, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 takes a name without spaces, not &quot;%2&quot;</source>
        <translation>%1 nimmt einen Namen ohne Leerzeichen, nicht „%2“</translation>
    </message>
    <message>
        <source>where the monitor serves /metrics and /status (loopback unless set)</source>
        <translation>wo der Monitor /metrics und /status anbietet (Loopback, wenn nicht gesetzt)</translation>
    </message>
    <message>
        <source>the port of /metrics and /status (0: none)</source>
        <translation>der Port von /metrics und /status (0: keiner)</translation>
    </message>
    <message>
        <source>how the monitor publishes db.XY after each sweep: off, nsupdate (RFC 2136 signed with TSIG) or zone-file (a fragment and a reload)</source>
        <translation>wie der Monitor db.XY nach jedem Durchgang veröffentlicht: off, nsupdate (RFC 2136, mit TSIG signiert) oder zone-file (ein Fragment und ein Neuladen)</translation>
    </message>
    <message>
        <source>the zone the db.XY names are in</source>
        <translation>die Zone, in der die Namen db.XY liegen</translation>
    </message>
    <message>
        <source>the primary server nsupdate sends the updates to</source>
        <translation>der Primärserver, an den nsupdate die Änderungen sendet</translation>
    </message>
    <message>
        <source>the primary server&apos;s port</source>
        <translation>der Port des Primärservers</translation>
    </message>
    <message>
        <source>the TSIG key nsupdate signs with, readable by its owner alone (empty: the service&apos;s credential dns-key)</source>
        <translation>der TSIG-Schlüssel, mit dem nsupdate signiert, nur für seinen Eigentümer lesbar (leer: die Berechtigung dns-key des Dienstes)</translation>
    </message>
    <message>
        <source>the zone fragment written for zone-file, $INCLUDEd by the zone</source>
        <translation>das für zone-file geschriebene Zonenfragment, das die Zone per $INCLUDE einbindet</translation>
    </message>
    <message>
        <source>run after the fragment is written, without a shell (e.g. rndc reload clamav.net)</source>
        <translation>läuft nach dem Schreiben des Fragments, ohne Shell (z. B. rndc reload clamav.net)</translation>
    </message>
    <message>
        <source>seconds an update or a reload may take</source>
        <translation>Sekunden, die eine Änderung oder ein Neuladen dauern darf</translation>
    </message>
    <message>
        <source>mirrors judged out of DNS in one sweep at most; the rest wait (maintenance and disabling never wait)</source>
        <translation>höchstens so viele Spiegel werden in einem Durchgang aus dem DNS genommen; die übrigen warten (Wartung und Deaktivieren warten nie)</translation>
    </message>
    <message>
        <source>a sweep with more of the fleet unreachable than this is the checker&apos;s own failure: no DNS change, one alert</source>
        <translation>ein Durchgang, in dem mehr als dieser Anteil der Flotte unerreichbar ist, ist ein Fehler des Prüfers: keine DNS-Änderung, eine Warnung</translation>
    </message>
    <message>
        <source>%1 takes an absolute path or nothing, not &quot;%2&quot;</source>
        <translation>%1 nimmt einen absoluten Pfad oder nichts, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 takes a command on one line, not &quot;%2&quot;</source>
        <translation>%1 nimmt einen Befehl in einer Zeile, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 takes a host name or an IP address, not &quot;%2&quot;</source>
        <translation>%1 nimmt einen Hostnamen oder eine IP-Adresse, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>ConsoleTheme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>%1 may be read by others than its owner: make it mode 0600 (or 0400)</source>
        <translation>%1 ist auch für andere als den Eigentümer lesbar: bitte Modus 0600 (oder 0400) setzen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>CurrentVersionsLookup</name>
    <message>
        <source>current.cvd.clamav.net: %1</source>
        <translation>current.cvd.clamav.net: %1</translation>
    </message>
    <message>
        <source>current.cvd.clamav.net has no TXT record</source>
        <translation>current.cvd.clamav.net hat keinen TXT-Eintrag</translation>
    </message>
</context>
<context>
    <name>CvdHeaderParser</name>
    <message>
        <source>truncated CVD header: %1 of %2 bytes</source>
        <translation>abgeschnittener CVD-Header: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>not a CVD file: the header does not start with &quot;ClamAV-VDB:&quot;</source>
        <translation>keine CVD-Datei: der Header beginnt nicht mit „ClamAV-VDB:“</translation>
    </message>
    <message>
        <source>CVD header has %1 fields, expected at least 8</source>
        <translation>CVD-Header hat %1 Felder, erwartet sind mindestens 8</translation>
    </message>
    <message>
        <source>CVD header: version, signatures and functionality level must be numbers</source>
        <translation>CVD-Header: Version, Signaturen und Funktionsstufe müssen Zahlen sein</translation>
    </message>
    <message>
        <source>CVD header: &quot;%1&quot; is not an MD5 sum</source>
        <translation>CVD-Header: „%1“ ist keine MD5-Summe</translation>
    </message>
</context>
<context>
    <name>DatabaseFileModel</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>DemoLabBanner</name>
    <message>
        <source>Demo lab</source>
        <translation>Demo-Labor</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Demo lab: %n mirror(s) on this machine&lt;/b&gt;, on loopback, a few with faults on purpose. What you change here stays in the demo&apos;s own inventory. To manage real mirrors, add them with &lt;code&gt;mirrorctl add&lt;/code&gt; or &lt;code&gt;mirrorctl import-email&lt;/code&gt; into %1; the console opens that inventory once it exists.</source>
        <translation>
            <numerusform>&lt;b&gt;Demo-Labor: %n Spiegel auf diesem Rechner&lt;/b&gt;, auf Loopback, einige absichtlich mit Fehlern. Was Sie hier ändern, bleibt im eigenen Bestand der Demo. Echte Spiegel fügen Sie mit &lt;code&gt;mirrorctl add&lt;/code&gt; oder &lt;code&gt;mirrorctl import-email&lt;/code&gt; in %1 hinzu; die Konsole öffnet diesen Bestand, sobald es ihn gibt.</numerusform>
            <numerusform>&lt;b&gt;Demo-Labor: %n Spiegel auf diesem Rechner&lt;/b&gt;, auf Loopback, einige absichtlich mit Fehlern. Was Sie hier ändern, bleibt im eigenen Bestand der Demo. Echte Spiegel fügen Sie mit &lt;code&gt;mirrorctl add&lt;/code&gt; oder &lt;code&gt;mirrorctl import-email&lt;/code&gt; in %1 hinzu; die Konsole öffnet diesen Bestand, sobald es ihn gibt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoLabInventory</name>
    <message>
        <source>cannot read the demo lab&apos;s inventory %1: %2</source>
        <translation>der Bestand des Demo-Labors %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the demo lab&apos;s inventory is not usable: %1</source>
        <translation>der Bestand des Demo-Labors ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the demo lab&apos;s inventory %1 is larger than %2 MB</source>
        <translation>das Inventar des Demo-Labors %1 ist größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>DiskFactsReader</name>
    <message>
        <source>the space of DocumentRoot could not be read</source>
        <translation>der Platz von DocumentRoot konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>only %1 of web space for the database; the How-to asks for at least 200 MB</source>
        <translation>nur %1 Webspeicher für die Datenbank; die Anleitung verlangt mindestens 200 MB</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
    <message>
        <source>the home</source>
        <translation>das Home-Verzeichnis</translation>
    </message>
    <message>
        <source>%1 has %2 free, under the floor of %3</source>
        <translation>%1 hat %2 frei, unter der Untergrenze von %3</translation>
    </message>
    <message>
        <source>%1% of the inodes of DocumentRoot&apos;s filesystem are used</source>
        <translation>%1% der Inodes des Dateisystems von DocumentRoot sind belegt</translation>
    </message>
</context>
<context>
    <name>DiskTab</name>
    <message>
        <source>Disk space over 30 days</source>
        <translation>Plattenplatz über 30 Tage</translation>
    </message>
    <message>
        <source>Database files</source>
        <translation>Datenbankdateien</translation>
    </message>
    <message>
        <source>DocumentRoot usage</source>
        <translation>Belegung von DocumentRoot</translation>
    </message>
    <message>
        <source>Home usage</source>
        <translation>Belegung des Home-Verzeichnisses</translation>
    </message>
    <message>
        <source>DocumentRoot inodes</source>
        <translation>Inodes von DocumentRoot</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation>Inodes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 used of %2, %3 free (%4)</source>
        <translation>%1 von %2 belegt, %3 frei (%4)</translation>
    </message>
    <message>
        <source>A trigger-only mirror is never probed.</source>
        <translation>Ein Trigger-only-Mirror wird nie abgefragt.</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>Noch nicht aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Database: %n file(s), %1</source>
        <translation>
            <numerusform>Datenbank: %n Datei, %1</numerusform>
            <numerusform>Datenbank: %n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>DocumentRoot used</source>
        <translation>DocumentRoot belegt</translation>
    </message>
    <message>
        <source>DocumentRoot free</source>
        <translation>DocumentRoot frei</translation>
    </message>
    <message>
        <source>Home free</source>
        <translation>Home frei</translation>
    </message>
    <message>
        <source>Disk space, last 30 days</source>
        <translation>Plattenplatz, letzte 30 Tage</translation>
    </message>
    <message>
        <source>No disk trend yet: each refresh adds a point.</source>
        <translation>Noch kein Verlauf: jede Aktualisierung fügt einen Punkt hinzu.</translation>
    </message>
</context>
<context>
    <name>DiskUsageParser</name>
    <message>
        <source>df printed nothing</source>
        <translation>df hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>not df -P output: the header names neither 1024-blocks nor Inodes</source>
        <translation>keine Ausgabe von df -P: der Kopf nennt weder 1024-blocks noch Inodes</translation>
    </message>
    <message>
        <source>not a df -P line: %1</source>
        <translation>keine Zeile von df -P: %1</translation>
    </message>
</context>
<context>
    <name>DnsKeeper</name>
    <message>
        <source>DNS left as it was: the sweep was the checker&apos;s own failure</source>
        <translation>DNS blieb, wie es war: der Durchgang war ein Fehler des Prüfers</translation>
    </message>
    <message>
        <source>DNS left for the next sweep: the last update is still under way</source>
        <translation>DNS bleibt für den nächsten Durchgang: die letzte Änderung läuft noch</translation>
    </message>
    <message>
        <source>db.XY.%1 from mirror-monitor&apos;s sweep of %2</source>
        <translation>db.XY.%1 aus dem Durchgang von mirror-monitor um %2</translation>
    </message>
    <message>
        <source>DNS not updated, tried again after the next sweep: %1</source>
        <translation>DNS nicht geändert, erneuter Versuch nach dem nächsten Durchgang: %1</translation>
    </message>
    <message numerus="yes">
        <source>DNS kept %n mirror(s) judged out, at most %1 removals a sweep</source>
        <translation>
            <numerusform>DNS behielt %n zum Entfernen befundenen Spiegel, höchstens %1 Entfernungen je Durchgang</numerusform>
            <numerusform>DNS behielt %n zum Entfernen befundene Spiegel, höchstens %1 Entfernungen je Durchgang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsPlanner</name>
    <message>
        <source>its country %1 is not a country code</source>
        <translation>sein Land %1 ist kein Ländercode</translation>
    </message>
    <message>
        <source>its address %1 is not an IP address</source>
        <translation>seine Adresse %1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 kept for now, at most %2 removals a sweep (%3 judged out): %4</source>
        <translation>%1 vorerst behalten, höchstens %2 Entfernungen je Durchgang (%3 zum Entfernen befunden): %4</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>no longer in the inventory</source>
        <translation>nicht mehr im Bestand</translation>
    </message>
</context>
<context>
    <name>DnsPublisher</name>
    <message>
        <source>no TSIG key for nsupdate: set dns/key-file, or hand the service the credential dns-key</source>
        <translation>kein TSIG-Schlüssel für nsupdate: dns/key-file setzen oder dem Dienst die Berechtigung dns-key geben</translation>
    </message>
    <message>
        <source>the TSIG key %1 cannot be read</source>
        <translation>der TSIG-Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no zone fragment to write: set dns/zone-file</source>
        <translation>kein Zonenfragment zum Schreiben: dns/zone-file setzen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the TSIG key %1 does not exist: set dns/key-file, or hand the service the credential dns-key</source>
        <translation>den TSIG-Schlüssel %1 gibt es nicht: dns/key-file setzen oder dem Dienst die Berechtigung dns-key geben</translation>
    </message>
    <message>
        <source>; %1 is as it was</source>
        <translation>; %1 ist wie zuvor</translation>
    </message>
    <message>
        <source>; %1 could not be put back as it was</source>
        <translation>; %1 konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>DnsRecordStore</name>
    <message>
        <source>cannot read the published DNS records: %1</source>
        <translation>die veröffentlichten DNS-Einträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot record the published DNS records: %1</source>
        <translation>die veröffentlichten DNS-Einträge können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DnsStandings</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>in maintenance until %1: %2</source>
        <translation>in Wartung bis %1: %2</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>maintenance ended %1: back after a fresh check</source>
        <translation>Wartung endete %1: zurück nach einer Prüfung, die ihn aktuell findet</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>unerreichbar: %1</translation>
    </message>
    <message>
        <source>fresh, but not served as database.clamav.net and db.%1.clamav.net</source>
        <translation>aktuell, aber nicht als database.clamav.net und db.%1.clamav.net ausgeliefert</translation>
    </message>
    <message>
        <source>%1: %2, in again after a fresh check</source>
        <translation>%1: %2, wieder dabei nach einer Prüfung, die ihn aktuell findet</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>mirrorctl: %1 needs a passphrase: none in the keychain, none typed</source>
        <translation>mirrorctl: %1 braucht eine Passphrase: keine im Schlüsselbund, keine eingegeben</translation>
    </message>
    <message>
        <source>Store it in the keychain? [y/N] </source>
        <translation>Im Schlüsselbund ablegen? [j/N] </translation>
    </message>
    <message>
        <source>Accept this host key (SHA256:...) if the mirror presents it, also in place of a changed one.</source>
        <translation>Diesen Hostschlüssel (SHA256:...) annehmen, wenn der Mirror ihn vorzeigt, auch anstelle eines geänderten.</translation>
    </message>
    <message>
        <source>Private key (default: the mirror&apos;s, then ssh-agent).</source>
        <translation>Privater Schlüssel (Vorgabe: der des Mirrors, dann ssh-agent).</translation>
    </message>
    <message>
        <source>Seconds the command may run (default 120).</source>
        <translation>Sekunden, die der Befehl laufen darf (Vorgabe 120).</translation>
    </message>
    <message>
        <source>The mirror.</source>
        <translation>Der Mirror.</translation>
    </message>
    <message>
        <source>The command, after --.</source>
        <translation>Der Befehl, nach --.</translation>
    </message>
    <message>
        <source>exec needs a mirror and a command</source>
        <translation>exec braucht einen Mirror und einen Befehl</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>kein Mirror %1 im Bestand</translation>
    </message>
    <message>
        <source>%1 is a trigger-only mirror: any command there starts a sync, so exec is refused (use trigger to start a sync)</source>
        <translation>%1 ist ein Trigger-only-Mirror: jeder Befehl dort startet einen Sync, daher wird exec abgelehnt (trigger startet einen Sync)</translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation>--timeout nimmt Sekunden</translation>
    </message>
    <message>
        <source>changed key accepted: %1 replaces %2</source>
        <translation>geänderter Schlüssel angenommen: %1 ersetzt %2</translation>
    </message>
    <message>
        <source>new key accepted: %1</source>
        <translation>neuer Schlüssel angenommen: %1</translation>
    </message>
    <message>
        <source>mirrorctl: %1: the command exited with status %2</source>
        <translation>mirrorctl: %1: der Befehl endete mit Status %2</translation>
    </message>
</context>
<context>
    <name>FactCommands</name>
    <message>
        <source>Show the last stored facts; do not connect.</source>
        <translation>Die zuletzt gespeicherten Fakten zeigen; nicht verbinden.</translation>
    </message>
    <message>
        <source>Mirrors (default: every enabled one).</source>
        <translation>Mirrors (Vorgabe: jeder aktivierte).</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nie aktualisiert</translation>
    </message>
    <message>
        <source>The mirror.</source>
        <translation>Der Mirror.</translation>
    </message>
    <message>
        <source>--break-stale takes exactly one mirror</source>
        <translation>--break-stale nimmt genau einen Mirror</translation>
    </message>
    <message>
        <source>Print the log of the run that finished at TIME (ISO 8601, as listed).</source>
        <translation>Das Protokoll des Laufs ausgeben, der um ZEIT endete (ISO 8601, wie aufgelistet).</translation>
    </message>
    <message>
        <source>--run needs one mirror and a time such as 2026-11-24T16:26:03Z</source>
        <translation>--run braucht einen Mirror und eine Zeit wie 2026-11-24T16:26:03Z</translation>
    </message>
    <message>
        <source>no run of %1 finished at %2</source>
        <translation>kein Lauf von %1 endete um %2</translation>
    </message>
    <message>
        <source> requests, .cvd </source>
        <translation> Anfragen, .cvd </translation>
    </message>
    <message>
        <source> bytes, .cdiff </source>
        <translation> Bytes, .cdiff </translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
</context>
<context>
    <name>FactTab</name>
    <message>
        <source>Copy the fix</source>
        <translation>Abhilfe kopieren</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Copy the fix to the clipboard, to paste into the mirror&apos;s shell or a mail to its admin</source>
        <translation>Die Abhilfe in die Zwischenablage kopieren, für die Shell des Spiegels oder eine Mail an seinen Admin</translation>
    </message>
    <message>
        <source>Choose a check to read its evidence and fix.</source>
        <translation>Wählen Sie eine Prüfung, um Befund und Abhilfe zu lesen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nichts zu beheben.</translation>
    </message>
    <message>
        <source>No fix is known for this check.</source>
        <translation>Für diese Prüfung ist keine Abhilfe bekannt.</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>FirewallJudge</name>
    <message>
        <source>chains jump too deep to follow</source>
        <translation>die Sprünge zwischen Ketten sind zu tief, um ihnen zu folgen</translation>
    </message>
    <message>
        <source>a rule the console cannot read may match: %1</source>
        <translation>eine Regel, die die Konsole nicht lesen kann, könnte passen: %1</translation>
    </message>
    <message>
        <source>no rule on %1</source>
        <translation>keine Regel auf %1</translation>
    </message>
    <message>
        <source>policy %1 of %2 %3</source>
        <translation>Policy %1 von %2 %3</translation>
    </message>
    <message>
        <source>no redirect in %1 %2</source>
        <translation>keine Umleitung in %1 %2</translation>
    </message>
    <message>
        <source>no nat prerouting chain</source>
        <translation>keine NAT-Prerouting-Kette</translation>
    </message>
    <message>
        <source>the probe did not look</source>
        <translation>die Abfrage hat nicht nachgesehen</translation>
    </message>
    <message>
        <source>22/tcp in from the push masters</source>
        <translation>22/tcp eingehend von den Push-Mastern</translation>
    </message>
    <message>
        <source>873/tcp out to the push masters</source>
        <translation>873/tcp ausgehend zu den Push-Mastern</translation>
    </message>
    <message>
        <source>873/udp out to the push masters</source>
        <translation>873/udp ausgehend zu den Push-Mastern</translation>
    </message>
    <message>
        <source>nat PREROUTING redirects 22/tcp from the push masters to sshd&apos;s port</source>
        <translation>NAT PREROUTING leitet 22/tcp der Push-Master auf den Port von sshd um</translation>
    </message>
    <message>
        <source>sshd listens on 22</source>
        <translation>sshd lauscht auf 22</translation>
    </message>
    <message>
        <source>no redirect to %1 for %2</source>
        <translation>keine Umleitung auf %1 für %2</translation>
    </message>
    <message>
        <source>a REDIRECT whose port nft does not show, for %1</source>
        <translation>ein REDIRECT, dessen Port nft nicht zeigt, für %1</translation>
    </message>
    <message>
        <source>all push masters redirected to %1</source>
        <translation>alle Push-Master auf %1 umgeleitet</translation>
    </message>
    <message>
        <source>the console reaches sshd</source>
        <translation>die Konsole erreicht sshd</translation>
    </message>
    <message>
        <source>connected on port %1</source>
        <translation>verbunden auf Port %1</translation>
    </message>
    <message>
        <source>no connection on port %1</source>
        <translation>keine Verbindung auf Port %1</translation>
    </message>
    <message>
        <source>the mirror reaches its push master on 873/tcp</source>
        <translation>der Mirror erreicht seinen Push-Master auf 873/tcp</translation>
    </message>
    <message>
        <source>rsync listed the push master&apos;s modules</source>
        <translation>rsync hat die Module des Push-Masters aufgelistet</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>chains jump in a loop</source>
        <translation>Ketten springen im Kreis</translation>
    </message>
    <message>
        <source>Check that sshd runs and listens on port %1 (ss -tlnp), and that nothing between the team and the mirror drops it.</source>
        <translation>Prüfen Sie, dass sshd läuft und auf Port %1 lauscht (ss -tlnp) und dass nichts zwischen dem Team und dem Spiegel die Verbindung verwirft.</translation>
    </message>
    <message>
        <source>Allow 873/tcp out to the push masters, then test on the mirror with: rsync rsync1.clamav.net::</source>
        <translation>Erlauben Sie 873/tcp ausgehend zu den Push-Mastern und testen Sie dann auf dem Spiegel mit: rsync rsync1.clamav.net::</translation>
    </message>
</context>
<context>
    <name>FirewallVerdict</name>
    <message numerus="yes">
        <source>accepted from/to all %n push master(s)</source>
        <translation>
            <numerusform>von/zu dem %n Push-Master zugelassen</numerusform>
            <numerusform>von/zu allen %n Push-Mastern zugelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetAlerts</name>
    <message>
        <source>%1 turned old: its timestamp is a day old or unavailable</source>
        <translation>%1 ist alt geworden: sein Zeitstempel ist einen Tag alt oder nicht abrufbar</translation>
    </message>
    <message>
        <source>%1 has been old for two days: it leaves DNS</source>
        <translation>%1 ist seit zwei Tagen alt: er fällt aus dem DNS</translation>
    </message>
    <message>
        <source>%1 does not answer over HTTP</source>
        <translation>%1 antwortet nicht über HTTP</translation>
    </message>
    <message>
        <source>%1 has a stale lock: no sync runs, yet the lock stays</source>
        <translation>%1 hat eine verwaiste Sperre: kein Sync läuft, doch die Sperre bleibt</translation>
    </message>
</context>
<context>
    <name>FleetEmptyState</name>
    <message>
        <source>The inventory holds no mirrors yet.</source>
        <translation>Der Bestand enthält noch keine Spiegel.</translation>
    </message>
    <message>
        <source>Add a mirror by hand, or paste the How-to&apos;s new-mirror e-mails: each becomes a row here, checked for freshness at once. From a terminal, mirrorctl add and mirrorctl import-email do the same. To look around first, the demo lab (bash scripts/console while no inventory exists) runs 20 mirrors on this machine.</source>
        <translation>Fügen Sie einen Spiegel von Hand hinzu oder fügen Sie die Neuer-Spiegel-E-Mails aus dem How-to ein: Jeder wird hier eine Zeile und sofort auf Aktualität geprüft. Im Terminal tun mirrorctl add und mirrorctl import-email dasselbe. Zum Umsehen startet das Demo-Labor (bash scripts/console, solange kein Bestand existiert) 20 Spiegel auf diesem Rechner.</translation>
    </message>
</context>
<context>
    <name>FleetExport</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>FleetRefresher</name>
    <message>
        <source>trigger-only: the console sends it nothing but a sync</source>
        <translation>Trigger-only: die Konsole sendet ihm nichts außer einem Sync</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>the probe&apos;s output is incomplete: %1</source>
        <translation>die Ausgabe der Abfrage ist unvollständig: %1</translation>
    </message>
    <message>
        <source>it stopped early</source>
        <translation>sie endete vorzeitig</translation>
    </message>
    <message>
        <source>the inventory %1 cannot be opened</source>
        <translation>das Inventar %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>a light answer to a full probe</source>
        <translation>eine leichte Antwort auf eine volle Abfrage</translation>
    </message>
</context>
<context>
    <name>FleetSession</name>
    <message>
        <source>from the demo lab</source>
        <translation>aus dem Demo-Labor</translation>
    </message>
    <message>
        <source>%1, as expected by the inventory</source>
        <translation>%1, wie vom Bestand erwartet</translation>
    </message>
    <message>
        <source>%1 replaces %2 in %3</source>
        <translation>%1 ersetzt %2 in %3</translation>
    </message>
    <message>
        <source>%1 recorded in %2</source>
        <translation>%1 in %2 eingetragen</translation>
    </message>
    <message>
        <source>%1 trusted until the console closes</source>
        <translation>%1 vertraut, bis die Konsole geschlossen wird</translation>
    </message>
    <message>
        <source>host key %1 accepted</source>
        <translation>Hostschlüssel %1 angenommen</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>sync from %1 started</source>
        <translation>Sync von %1 gestartet</translation>
    </message>
    <message>
        <source>audit trail: %1</source>
        <translation>Prüfpfad: %1</translation>
    </message>
</context>
<context>
    <name>FleetSummaryStrip</name>
    <message>
        <source>its timestamp is under a day old and it serves the current daily</source>
        <translation>sein Timestamp ist jünger als ein Tag und es liefert das aktuelle Daily</translation>
    </message>
    <message>
        <source>its timestamp is recent but it serves an older daily</source>
        <translation>sein Timestamp ist frisch, aber es liefert ein älteres Daily</translation>
    </message>
    <message>
        <source>its timestamp is a day old or missing: the team is warned</source>
        <translation>sein Timestamp ist einen Tag alt oder fehlt: das Team wird gewarnt</translation>
    </message>
    <message>
        <source>its timestamp is two days old: out of DNS</source>
        <translation>sein Timestamp ist zwei Tage alt: aus dem DNS genommen</translation>
    </message>
    <message>
        <source>it did not answer over HTTP</source>
        <translation>es hat über HTTP nicht geantwortet</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Show only the %1 mirrors: %2</source>
        <translation>Nur die Mirrors „%1“ zeigen: %2</translation>
    </message>
    <message>
        <source>Show every mirror that is not fresh</source>
        <translation>Jeden nicht aktuellen Mirror zeigen</translation>
    </message>
    <message>
        <source>not fresh</source>
        <translation>nicht aktuell</translation>
    </message>
    <message>
        <source>probe failed</source>
        <translation>Abfrage gescheitert</translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation>verwaiste Sperre</translation>
    </message>
    <message>
        <source>failed sync</source>
        <translation>gescheiterter Sync</translation>
    </message>
    <message>
        <source>audit failure</source>
        <translation>Prüfungsfehler</translation>
    </message>
    <message>
        <source>firewall problem</source>
        <translation>Firewall-Problem</translation>
    </message>
    <message>
        <source>partial sync</source>
        <translation>unvollständiger Sync</translation>
    </message>
    <message>
        <source>Show only the mirrors with a %1</source>
        <translation>Nur die Mirrors zeigen mit: %1</translation>
    </message>
    <message>
        <source>Show every mirror with a problem</source>
        <translation>Jeden Mirror mit einem Problem zeigen</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>mit Problemen</translation>
    </message>
    <message>
        <source>Mirrors in view</source>
        <translation>Sichtbare Mirrors</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation>
            <numerusform>%n Mirror</numerusform>
            <numerusform>%n Mirrors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing %1 of %n</source>
        <translation>
            <numerusform>%1 von %n sichtbar</numerusform>
            <numerusform>%1 von %n sichtbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>stale lock</source>
        <translation>verwaiste Sperre</translation>
    </message>
    <message>
        <source>fails the setup audit</source>
        <translation>besteht die Einrichtungsprüfung nicht</translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>letzter Sync fehlgeschlagen</translation>
    </message>
    <message>
        <source>trigger-only</source>
        <translation>Trigger-only</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message numerus="yes">
        <source>lagging by %n</source>
        <translation>
            <numerusform>%n Version zurück</numerusform>
            <numerusform>%n Versionen zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail</source>
        <translation>%1 bestanden, %2 durchgefallen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ok</source>
        <translation>
            <numerusform>%n in Ordnung</numerusform>
            <numerusform>%n in Ordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Timestamp age</source>
        <translation>Alter des Zeitstempels</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Sync</translation>
    </message>
    <message>
        <source>Setup audit</source>
        <translation>Einrichtungsprüfung</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Platte frei</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Heute gesendet</translation>
    </message>
    <message>
        <source>last sync partial</source>
        <translation>letzter Sync unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unknown</source>
        <translation>
            <numerusform>%1, %n unbekannt</numerusform>
            <numerusform>%1, %n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>firewall problem</source>
        <translation>Firewall-Problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>in maintenance until %1: %2</source>
        <translation>in Wartung bis %1: %2</translation>
    </message>
    <message>
        <source>in</source>
        <translation>drin</translation>
    </message>
    <message>
        <source>out</source>
        <translation>draußen</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>In its country&apos;s db.XY record, as the monitor last published it</source>
        <translation>Im db.XY-Eintrag seines Landes, wie der Monitor ihn zuletzt veröffentlicht hat</translation>
    </message>
    <message>
        <source>Out of its country&apos;s db.XY record, as the monitor last published it; the monitor&apos;s log says why</source>
        <translation>Nicht im db.XY-Eintrag seines Landes, wie der Monitor ihn zuletzt veröffentlicht hat; warum, steht im Protokoll des Monitors</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Filter mirrors…</source>
        <translation>Mirrors filtern…</translation>
    </message>
    <message>
        <source>Filter mirrors</source>
        <translation>Mirrors filtern</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Übersicht der Flotte</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Select a mirror in the table to see it here.</source>
        <translation>Einen Mirror in der Tabelle auswählen, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>The filter hides %1, which was selected.</source>
        <translation>Der Filter verbirgt %1, der ausgewählt war.</translation>
    </message>
    <message>
        <source>Not fresh</source>
        <translation>Nicht aktuell</translation>
    </message>
</context>
<context>
    <name>FreshnessJudge</name>
    <message>
        <source>no HTTP answer: %1</source>
        <translation>keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>timestamp %1 h old</source>
        <translation>Zeitstempel %1 h alt</translation>
    </message>
    <message>
        <source>timestamp unavailable: redirected, which freshclam cannot follow</source>
        <translation>Zeitstempel nicht abrufbar: umgeleitet, was freshclam nicht folgen kann</translation>
    </message>
    <message>
        <source>timestamp unavailable</source>
        <translation>Zeitstempel nicht abrufbar</translation>
    </message>
    <message>
        <source>; old for %1 h</source>
        <translation>; seit %1 h alt</translation>
    </message>
    <message>
        <source>serves daily %1, current is %2</source>
        <translation>liefert daily %1, aktuell ist %2</translation>
    </message>
    <message>
        <source>timestamp unavailable: the mirror broke a limit: %1</source>
        <translation>Zeitstempel nicht abrufbar: der Mirror hat eine Grenze überschritten: %1</translation>
    </message>
</context>
<context>
    <name>FreshnessSweep</name>
    <message>
        <source>reference mirror %1</source>
        <translation>Referenz-Mirror %1</translation>
    </message>
    <message>
        <source>the reference mirror %1 served no daily.cvd</source>
        <translation>der Referenz-Mirror %1 lieferte keine daily.cvd</translation>
    </message>
</context>
<context>
    <name>FreshnessTab</name>
    <message>
        <source>Uptime per day</source>
        <translation>Verfügbarkeit pro Tag</translation>
    </message>
    <message>
        <source>Verdict history</source>
        <translation>Verlauf der Befunde</translation>
    </message>
    <message>
        <source>up %</source>
        <translation>erreichbar %</translation>
    </message>
    <message>
        <source>fresh %</source>
        <translation>aktuell %</translation>
    </message>
    <message>
        <source>Uptime and fresh share per UTC day</source>
        <translation>Verfügbarkeit und Anteil aktuell pro UTC-Tag</translation>
    </message>
    <message>
        <source>No checks in the last 30 days.</source>
        <translation>Keine Prüfungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>Never checked: press Shift+F5, or wait for the hourly check.</source>
        <translation>Nie geprüft: Umschalt+F5 drücken oder auf die stündliche Prüfung warten.</translation>
    </message>
    <message>
        <source>Up %1 %, fresh %2 % over 7 days (%3 checks); up %4 %, fresh %5 % over 30 days (%6 checks).</source>
        <translation>Erreichbar %1 %, aktuell %2 % über 7 Tage (%3 Prüfungen); erreichbar %4 %, aktuell %5 % über 30 Tage (%6 Prüfungen).</translation>
    </message>
</context>
<context>
    <name>HeldMails</name>
    <message>
        <source>No SMTP password in the keychain: %1</source>
        <translation>Kein SMTP-Passwort im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>an %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n Mail gesendet</numerusform>
            <numerusform>%n Mails gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 not: %3</source>
        <translation>%1 gesendet, %2 nicht: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) dropped</source>
        <translation>
            <numerusform>%n Mail verworfen</numerusform>
            <numerusform>%n Mails verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldMailsView</name>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Mails owed</source>
        <translation>Ausstehende Mails</translation>
    </message>
    <message>
        <source>Send the selected held mails to the admins now</source>
        <translation>Die gewählten zurückgehaltenen Mails jetzt an die Admins senden</translation>
    </message>
    <message>
        <source>Never send the selected held mails</source>
        <translation>Die gewählten zurückgehaltenen Mails nie senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Dropping…</source>
        <translation>Wird verworfen…</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Presented fingerprint</source>
        <translation>Vorgezeigter Fingerabdruck</translation>
    </message>
    <message>
        <source>Host key CHANGED: %1</source>
        <translation>Hostschlüssel GEÄNDERT: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presented a key that differs from the one on record in %3.

Someone may be intercepting the connection, or the mirror was reinstalled. Ask the mirror&apos;s admin for the new fingerprint through another channel before accepting it.

On record: %4
Presented:</source>
        <translation>%1 (%2) zeigte einen Schlüssel, der sich von dem in %3 eingetragenen unterscheidet.

Jemand könnte die Verbindung abfangen, oder der Mirror wurde neu installiert. Den neuen Fingerabdruck über einen anderen Weg beim Admin des Mirrors erfragen, bevor er angenommen wird.

Eingetragen: %4
Vorgezeigt:</translation>
    </message>
    <message>
        <source>I checked the presented fingerprint with the admin of %1</source>
        <translation>Ich habe den vorgezeigten Fingerabdruck mit dem Admin von %1 abgeglichen</translation>
    </message>
    <message>
        <source>Replace the recorded key</source>
        <translation>Eingetragenen Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Unbekannter Hostschlüssel: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presented a key the console has not seen. Compare its fingerprint with what the admin sent:</source>
        <translation>%1 (%2) zeigte einen Schlüssel, den die Konsole noch nicht kennt. Den Fingerabdruck mit dem vom Admin gesandten vergleichen:</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>Einmal annehmen</translation>
    </message>
    <message>
        <source>Trust it until the console closes; nothing is written</source>
        <translation>Vertrauen, bis die Konsole geschlossen wird; nichts wird geschrieben</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>Annehmen und merken</translation>
    </message>
</context>
<context>
    <name>HostKeyStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HostKeyVerdict</name>
    <message>
        <source>%1 (%2) presented its known host key %3.</source>
        <translation>%1 (%2) zeigte seinen bekannten Hostschlüssel %3.</translation>
    </message>
    <message>
        <source>%1 (%2) presented a host key the console does not know yet: %3 (%4). Check it with the mirror&apos;s admin, then accept it.</source>
        <translation>%1 (%2) zeigte einen Hostschlüssel, den die Konsole noch nicht kennt: %3 (%4). Mit dem Admin des Mirrors abgleichen, dann annehmen.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED: it now presents %3, but %4 is on record in %5. Someone may be intercepting the connection, or the mirror was reinstalled. The connection was refused. Confirm the new key with the mirror&apos;s admin (changes are announced on the mirrors list); only then accept it, which is recorded in the audit trail.</source>
        <translation>Der Hostschlüssel von %1 (%2) hat sich GEÄNDERT: jetzt zeigt er %3, eingetragen ist aber %4 in %5. Jemand könnte die Verbindung abfangen, oder der Mirror wurde neu installiert. Die Verbindung wurde abgelehnt. Den neuen Schlüssel mit dem Admin des Mirrors bestätigen (Änderungen werden auf der Mirror-Liste angekündigt); erst dann annehmen, was im Prüfpfad vermerkt wird.</translation>
    </message>
    <message>
        <source>%1 (%2) presented the revoked host key %3 (marked in %4). The connection was refused.</source>
        <translation>%1 (%2) zeigte den widerrufenen Hostschlüssel %3 (vermerkt in %4). Die Verbindung wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>HttpChecker</name>
    <message>
        <source>%1: body over %2 bytes</source>
        <translation>%1: Inhalt über %2 Bytes</translation>
    </message>
    <message>
        <source>%1: not answered within %2 s</source>
        <translation>%1: nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is already in the inventory</source>
        <translation>%1 ist bereits im Bestand</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1 (fix them, or import the rest with --partial)</source>
        <translation>
            <numerusform>nichts importiert: %n Problem in %1 (beheben, oder den Rest mit --partial importieren)</numerusform>
            <numerusform>nichts importiert: %n Probleme in %1 (beheben, oder den Rest mit --partial importieren)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message numerus="yes">
        <source>imported %n mirror(s)</source>
        <translation>
            <numerusform>%n Mirror importiert</numerusform>
            <numerusform>%n Mirrors importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good mirrors even when some are bad.</source>
        <translation>Die guten Mirrors auch dann importieren, wenn manche fehlerhaft sind.</translation>
    </message>
    <message>
        <source>The e-mail text, or - for standard input.</source>
        <translation>Der Text der E-Mail, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>import-email takes one file (or - for standard input)</source>
        <translation>import-email nimmt eine Datei (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>The lab&apos;s inventory.json, or a JSON export.</source>
        <translation>Die inventory.json des Labors, oder ein JSON-Export.</translation>
    </message>
    <message>
        <source>import-lab takes one file</source>
        <translation>import-lab nimmt eine Datei</translation>
    </message>
    <message>
        <source>%1: %2 changes from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>%1: %2 ändert sich von „%3“ zu „%4“</translation>
    </message>
    <message>
        <source>%1 would turn from trigger-only to shell, and the console would then run commands there (each one a sync while the key is still the forced one): give --allow-shell if the mirror&apos;s admin installed the shell key</source>
        <translation>%1 würde von Trigger-only zu Shell, und die Konsole würde dort dann Befehle ausführen (jeder ein Sync, solange der Schlüssel noch der erzwungene ist): --allow-shell angeben, wenn der Admin des Mirrors den Shell-Schlüssel eingerichtet hat</translation>
    </message>
    <message>
        <source>re-imported from %1: nothing changed</source>
        <translation>erneut importiert aus %1: nichts geändert</translation>
    </message>
    <message>
        <source>re-imported from %1: %2</source>
        <translation>erneut importiert aus %1: %2</translation>
    </message>
    <message>
        <source>Update mirrors already in the inventory (fields the file leaves out keep their stored values).</source>
        <translation>Mirrors aktualisieren, die schon im Bestand sind (Felder, die die Datei auslässt, behalten ihre gespeicherten Werte).</translation>
    </message>
    <message>
        <source>With --replace: let the file turn a trigger-only mirror into a shell one.</source>
        <translation>Mit --replace: der Datei erlauben, einen Trigger-only-Mirror zu einem Shell-Mirror zu machen.</translation>
    </message>
    <message>
        <source>How the console reaches them: trigger-only (the default) or shell.</source>
        <translation>Wie die Konsole sie erreicht: trigger-only (Vorgabe) oder shell.</translation>
    </message>
    <message>
        <source>The port their sshd listens on (22 by default).</source>
        <translation>Der Port, auf dem ihr sshd lauscht (Vorgabe 22).</translation>
    </message>
    <message>
        <source>--mode is shell or trigger-only, not &quot;%1&quot;</source>
        <translation>--mode ist shell oder trigger-only, nicht „%1“</translation>
    </message>
    <message>
        <source>--port is a port from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port ist ein Port von 1 bis 65535, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message>
        <source>Import the mirrors that are fine, leave the rest</source>
        <translation>Die fehlerfreien Mirrors importieren, den Rest lassen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import new-mirror e-mails</source>
        <translation>E-Mails neuer Mirrors importieren</translation>
    </message>
    <message>
        <source>Paste one or more e-mails here:
  * clamav.foo.com
  * ip address: 1.2.3.4
  * country: Poland
  * admin: John Doe &lt;john.doe@foo.com&gt; || &lt;alerts@foo.com&gt;</source>
        <translation>Eine oder mehrere E-Mails hier einfügen:
  * clamav.foo.com
  * ip address: 1.2.3.4
  * country: Poland
  * admin: John Doe &lt;john.doe@foo.com&gt; || &lt;alerts@foo.com&gt;</translation>
    </message>
    <message>
        <source>Pasted e-mail</source>
        <translation>Eingefügte E-Mail</translation>
    </message>
    <message>
        <source>Mirrors read from the e-mail</source>
        <translation>Aus der E-Mail gelesene Mirrors</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mirror(s)</source>
        <translation>
            <numerusform>%n Mirror importieren</numerusform>
            <numerusform>%n Mirrors importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>a pasted e-mail</source>
        <translation>eine eingefügte E-Mail</translation>
    </message>
    <message>
        <source>Trigger-only (forced command: any command starts a sync)</source>
        <translation>Nur Auslöser (erzwungener Befehl: jeder Befehl startet einen Abgleich)</translation>
    </message>
    <message>
        <source>Shell (the admin installed the shell key)</source>
        <translation>Shell (der Admin hat den Shell-Schlüssel installiert)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>The e-mail does not say which key the admin installed: authorized_keys_noshell (trigger-only) or authorized_keys_shell.</source>
        <translation>Die E-Mail sagt nicht, welchen Schlüssel der Admin installiert hat: authorized_keys_noshell (nur Auslöser) oder authorized_keys_shell.</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>Where the mirror&apos;s sshd listens; the How-to asks for 22, or a redirect from 22 for the team&apos;s addresses.</source>
        <translation>Wo der sshd des Spiegels lauscht; das How-to verlangt 22 oder eine Umleitung von 22 für die Adressen des Teams.</translation>
    </message>
    <message>
        <source>Mirrors added</source>
        <translation>Hinzugefügte Spiegel</translation>
    </message>
    <message>
        <source>%1 (%2, %3, port %4)</source>
        <translation>%1 (%2, %3, Port %4)</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>trigger-only</source>
        <translation>nur Auslöser</translation>
    </message>
    <message numerus="yes">
        <source>Added %n mirror(s) to the inventory: %1. Paste another e-mail to add more.</source>
        <translation>
            <numerusform>%n Spiegel zum Bestand hinzugefügt: %1. Fügen Sie eine weitere E-Mail ein, um mehr hinzuzufügen.</numerusform>
            <numerusform>%n Spiegel zum Bestand hinzugefügt: %1. Fügen Sie eine weitere E-Mail ein, um mehr hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, alerts to &lt;%3&gt;</source>
        <translation>%1 &lt;%2&gt;, Warnungen an &lt;%3&gt;</translation>
    </message>
    <message>
        <source>already in the inventory: left as it is</source>
        <translation>bereits im Bestand: bleibt wie er ist</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>The mirror&apos;s host name.</source>
        <translation>Der Hostname des Mirrors.</translation>
    </message>
    <message>
        <source>add takes exactly one mirror name</source>
        <translation>add nimmt genau einen Mirror-Namen</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>unbekanntes Land „%1“</translation>
    </message>
    <message>
        <source>--admin: %1</source>
        <translation>--admin: %1</translation>
    </message>
    <message>
        <source>--port %1 is not a port number</source>
        <translation>--port %1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>--mode is shell or trigger-only, not &quot;%1&quot;</source>
        <translation>--mode ist shell oder trigger-only, nicht „%1“</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>The mirror to remove.</source>
        <translation>Der zu entfernende Mirror.</translation>
    </message>
    <message>
        <source>remove takes exactly one mirror name</source>
        <translation>remove nimmt genau einen Mirror-Namen</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>kein Mirror %1 im Bestand</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>(disabled) </source>
        <translation>(deaktiviert) </translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;</source>
        <translation>--format ist json oder csv, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>InventoryDatabase</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the inventory %1: %2</source>
        <translation>der Bestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mirror Console (schema %2, this one knows %3); it was left untouched</source>
        <translation>%1 wurde von einer neueren Mirror Console geschrieben (Schema %2, diese kennt %3); sie blieb unangetastet</translation>
    </message>
    <message>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 gebracht werden: %3</translation>
    </message>
    <message>
        <source>cannot record schema %1 in %2</source>
        <translation>Schema %1 kann nicht in %2 vermerkt werden</translation>
    </message>
</context>
<context>
    <name>InventoryExchange</name>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>access mode &quot;%1&quot; is neither shell nor trigger-only</source>
        <translation>Zugangsart „%1“ ist weder shell noch trigger-only</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>no &quot;mirrors&quot; array at the top level</source>
        <translation>kein Array „mirrors“ auf oberster Ebene</translation>
    </message>
    <message>
        <source>mirror %1 is not an object</source>
        <translation>Mirror %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>mirror %1 (%2): %3</source>
        <translation>Mirror %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>IptablesSaveParser</name>
    <message>
        <source>a rule before any *table line</source>
        <translation>eine Regel vor jeder *table-Zeile</translation>
    </message>
    <message>
        <source>not an iptables-save line: %1</source>
        <translation>keine Zeile von iptables-save: %1</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number</source>
        <translation>Port „%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>LiveSyncRuns</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>checking the result</source>
        <translation>prüft das Ergebnis</translation>
    </message>
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
        <source>sync from %1</source>
        <translation>Sync von %1</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>nie gestartet</translation>
    </message>
    <message>
        <source>the result was not checked</source>
        <translation>das Ergebnis wurde nicht geprüft</translation>
    </message>
    <message>
        <source>stopped waiting; the sync goes on on the mirror</source>
        <translation>Warten beendet; der Sync läuft auf dem Mirror weiter</translation>
    </message>
    <message>
        <source>stopped following; the sync goes on</source>
        <translation>Verfolgen beendet; der Sync läuft weiter</translation>
    </message>
    <message>
        <source>the forced command exited with %1</source>
        <translation>der erzwungene Befehl endete mit %1</translation>
    </message>
    <message>
        <source>the forced command ended; refresh the freshness to see the result</source>
        <translation>der erzwungene Befehl ist beendet; die Aktualität prüfen, um das Ergebnis zu sehen</translation>
    </message>
    <message>
        <source>clam-clientsync exited with %1</source>
        <translation>clam-clientsync endete mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, %1 received</source>
        <translation>
            <numerusform>%n Datei geändert, %1 empfangen</numerusform>
            <numerusform>%n Dateien geändert, %1 empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>rsync failed</source>
        <translation>rsync fehlgeschlagen</translation>
    </message>
    <message>
        <source>the log ends before rsync&apos;s totals</source>
        <translation>das Protokoll endet vor den Summen von rsync</translation>
    </message>
    <message>
        <source>the forced command ended, but the mirror does not answer over HTTP: %1</source>
        <translation>der erzwungene Befehl ist beendet, aber der Mirror antwortet nicht über HTTP: %1</translation>
    </message>
    <message>
        <source>the forced command ended, but the mirror serves no timestamp</source>
        <translation>der erzwungene Befehl ist beendet, aber der Mirror liefert keinen Zeitstempel</translation>
    </message>
    <message>
        <source>, daily %1</source>
        <translation>, daily %1</translation>
    </message>
    <message numerus="yes">
        <source>the forced command ended; timestamp %n minute(s) old%1</source>
        <translation>
            <numerusform>der erzwungene Befehl ist beendet; Zeitstempel %n Minute alt%1</numerusform>
            <numerusform>der erzwungene Befehl ist beendet; Zeitstempel %n Minuten alt%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>partial: %n file(s), some not transferred (%1)</source>
        <translation>
            <numerusform>unvollständig: %n Datei, einige nicht übertragen (%1)</numerusform>
            <numerusform>unvollständig: %n Dateien, einige nicht übertragen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no sync started: %2</source>
        <translation>%1: kein Sync gestartet: %2</translation>
    </message>
    <message>
        <source>%1 is trigger-only: its sync runs only while the connection stays open</source>
        <translation>%1 ist Trigger-only: sein Sync läuft nur, solange die Verbindung offen bleibt</translation>
    </message>
</context>
<context>
    <name>LiveSyncTableModel</name>
    <message>
        <source>followed</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <source>trigger-only</source>
        <translation>Trigger-only</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>Push-Master</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result or latest line</source>
        <translation>Ergebnis oder letzte Zeile</translation>
    </message>
</context>
<context>
    <name>LocalCommand</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 did not end before its deadline and was killed</source>
        <translation>%1 endete nicht vor seiner Frist und wurde beendet</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 scheiterte mit Exit-Code %2</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <source>no lock, yet a sync is running: it runs unlocked (is DocumentRoot writable?)</source>
        <translation>keine Sperre, doch ein Sync läuft: er läuft ungesperrt (ist DocumentRoot beschreibbar?)</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>keine Sperre</translation>
    </message>
    <message>
        <source>held by a running sync for %1</source>
        <translation>gehalten von einem laufenden Sync seit %1</translation>
    </message>
    <message>
        <source>stale for %1: the next sync will force it away</source>
        <translation>verwaist seit %1: der nächste Sync räumt sie weg</translation>
    </message>
    <message>
        <source>stale for %1, no sync running: syncs refuse to start until %2 UTC, when the next one forces it away; break it to sync sooner</source>
        <translation>verwaist seit %1, kein Sync läuft: Syncs starten nicht vor %2 UTC, wenn der nächste sie wegräumt; aufheben, um früher zu synchronisieren</translation>
    </message>
    <message>
        <source>unknown: the probe could not read the lock</source>
        <translation>unbekannt: die Abfrage konnte die Sperre nicht lesen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>LockTab</name>
    <message>
        <source>Break stale lock…</source>
        <translation>Verwaiste Sperre aufheben…</translation>
    </message>
    <message>
        <source>Only a stale lock can be broken: one held by a running sync never is</source>
        <translation>Nur eine verwaiste Sperre lässt sich aufheben, nie eine von einem laufenden Sync gehaltene</translation>
    </message>
    <message>
        <source>%1 is trigger-only: its lock is seen over HTTP only, as the freshness check reports a sync in progress.</source>
        <translation>%1 ist Trigger-only: seine Sperre ist nur über HTTP zu sehen, wenn die Aktualitätsprüfung einen laufenden Sync meldet.</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>Noch nicht aktualisiert.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Lock file</source>
        <translation>Sperrdatei</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Forced away by the next run from</source>
        <translation>Vom nächsten Lauf weggeräumt ab</translation>
    </message>
    <message>
        <source>Sync processes seen</source>
        <translation>Gesehene Sync-Prozesse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Remove the sync lock of %1?

No sync of %1 is running now; the mirror checks again before removing it, and refuses if one started meanwhile.</source>
        <translation>Die Sync-Sperre von %1 entfernen?

Gerade läuft kein Sync von %1; der Mirror prüft vor dem Entfernen erneut und lehnt ab, falls inzwischen einer gestartet ist.</translation>
    </message>
    <message>
        <source>Break stale lock</source>
        <translation>Verwaiste Sperre aufheben</translation>
    </message>
    <message>
        <source>Break the lock of %1</source>
        <translation>Die Sperre von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>LogBrowser</name>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein beachten</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>Nur Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Read the search text as a regular expression (PCRE)</source>
        <translation>Den Suchtext als regulären Ausdruck lesen (PCRE)</translation>
    </message>
    <message>
        <source>Keep the last line in view while the log grows</source>
        <translation>Die letzte Zeile im Blick behalten, während das Protokoll wächst</translation>
    </message>
    <message>
        <source>Show only the lines that read as errors or warnings</source>
        <translation>Nur Zeilen zeigen, die sich als Fehler oder Warnungen lesen</translation>
    </message>
    <message>
        <source>Time to go to</source>
        <translation>Ziel-Zeitpunkt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>◀ Problem</source>
        <translation>◀ Problem</translation>
    </message>
    <message>
        <source>Previous error or warning (Shift+F8)</source>
        <translation>Vorheriger Fehler oder vorherige Warnung (Umschalt+F8)</translation>
    </message>
    <message>
        <source>Problem ▶</source>
        <translation>Problem ▶</translation>
    </message>
    <message>
        <source>Next error or warning (F8)</source>
        <translation>Nächster Fehler oder nächste Warnung (F8)</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>Zu Zeitpunkt</translation>
    </message>
    <message>
        <source>Go to the first line stamped at or after this time</source>
        <translation>Zur ersten Zeile gehen, die zu oder nach diesem Zeitpunkt gestempelt ist</translation>
    </message>
    <message>
        <source>No match below; searching from the top.</source>
        <translation>Kein Treffer darunter; Suche ab dem Anfang.</translation>
    </message>
    <message>
        <source>No match above; searching from the bottom.</source>
        <translation>Kein Treffer darüber; Suche ab dem Ende.</translation>
    </message>
    <message>
        <source>No line matches “%1”.</source>
        <translation>Keine Zeile passt auf „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors or warnings.</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern oder Warnungen.</numerusform>
            <numerusform>%n Zeilen mit Fehlern oder Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>No line of this log carries a time.</source>
        <translation>Keine Zeile dieses Protokolls trägt einen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Line %1 of %2.</source>
        <translation>Zeile %1 von %2.</translation>
    </message>
    <message>
        <source>Finding the errors and warnings…</source>
        <translation>Suche die Fehler und Warnungen…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n Zeile, %1.</numerusform>
            <numerusform>%n Zeilen, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
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
        <source>the heading of a run</source>
        <translation>die Überschrift eines Laufs</translation>
    </message>
</context>
<context>
    <name>LogMatcher</name>
    <message>
        <source>nothing to search for</source>
        <translation>nichts zu suchen</translation>
    </message>
    <message>
        <source>the regular expression %1 is wrong at character %2: %3</source>
        <translation>der reguläre Ausdruck %1 ist bei Zeichen %2 falsch: %3</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>LogWorker</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>no SMTP password: %1 (keep it in the keychain, or give --password-file)</source>
        <translation>kein SMTP-Passwort: %1 (im Schlüsselbund ablegen oder --password-file angeben)</translation>
    </message>
    <message>
        <source>no mail waits</source>
        <translation>keine Mail wartet</translation>
    </message>
    <message>
        <source>no mail %1 waits</source>
        <translation>keine Mail %1 wartet</translation>
    </message>
    <message>
        <source>mail %1 is not held: only a held mail is dropped</source>
        <translation>Mail %1 wird nicht zurückgehalten: nur eine zurückgehaltene Mail wird verworfen</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>an %1: %2</translation>
    </message>
    <message>
        <source>mail %1: %2</source>
        <translation>Mail %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>sent a test mail to %1</source>
        <translation>Testnachricht an %1 gesendet</translation>
    </message>
    <message>
        <source>The SMTP password in a file only its owner may read (default: the keychain).</source>
        <translation>Das SMTP-Passwort in einer Datei, die nur ihr Eigentümer lesen darf (Vorgabe: der Schlüsselbund).</translation>
    </message>
    <message>
        <source>SMTP password for %1: </source>
        <translation>SMTP-Passwort für %1: </translation>
    </message>
    <message>
        <source>mail keep-password reads the password from standard input</source>
        <translation>mail keep-password liest das Passwort von der Standardeingabe</translation>
    </message>
    <message>
        <source>the SMTP password was not kept: %1</source>
        <translation>das SMTP-Passwort wurde nicht verwahrt: %1</translation>
    </message>
    <message>
        <source>pending, send ID..., drop ID..., test ADDRESS, or keep-password (from standard input into the keychain).</source>
        <translation>pending, send ID..., drop ID..., test ADRESSE oder keep-password (von der Standardeingabe in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>mail takes pending, send ID..., drop ID..., test ADDRESS or keep-password</source>
        <translation>mail nimmt pending, send ID..., drop ID..., test ADRESSE oder keep-password</translation>
    </message>
</context>
<context>
    <name>MailWireFormat</name>
    <message>
        <source>the sender&apos;s address &quot;%1&quot; is not an e-mail address</source>
        <translation>die Absenderadresse „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mirror Console</source>
        <translation>Mirror Console</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Syncs</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Demo lab running: %1</source>
        <translation>Demo-Labor läuft: %1</translation>
    </message>
    <message>
        <source>Select the mirrors to sync in the table first</source>
        <translation>Zuerst die zu synchronisierenden Mirrors in der Tabelle auswählen</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Select the mirrors to remove in the table first</source>
        <translation>Zuerst die zu entfernenden Mirrors in der Tabelle auswählen</translation>
    </message>
    <message>
        <source>Remove mirrors</source>
        <translation>Mirrors entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mirror(s) from the inventory?

%1

Their history and sync runs go with them; the audit trail keeps the removal.</source>
        <translation>
            <numerusform>%n Mirror aus dem Bestand entfernen?

%1

Sein Verlauf und seine Sync-Läufe gehen mit; der Prüfpfad behält die Entfernung.</numerusform>
            <numerusform>%n Mirrors aus dem Bestand entfernen?

%1

Ihr Verlauf und ihre Sync-Läufe gehen mit; der Prüfpfad behält die Entfernung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mirror(s)</source>
        <translation>
            <numerusform>%n Mirror entfernen</numerusform>
            <numerusform>%n Mirrors entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Mirror details</source>
        <translation>Mirror-Details</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Zone fragments (*.zone)</source>
        <translation>Zonenfragmente (*.zone)</translation>
    </message>
    <message>
        <source>Export the fleet</source>
        <translation>Flotte exportieren</translation>
    </message>
    <message>
        <source>Exporting the fleet to %1…</source>
        <translation>Flotte wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Fleet exported to %1</source>
        <translation>Flotte nach %1 exportiert</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>maintenance add takes one mirror</source>
        <translation>maintenance add nimmt einen Spiegel</translation>
    </message>
    <message>
        <source>--from takes now, +30m, +2h, +1d or an ISO 8601 time, not &quot;%1&quot;</source>
        <translation>--from nimmt now, +30m, +2h, +1d oder eine ISO-8601-Zeit, nicht „%1“</translation>
    </message>
    <message>
        <source>--until takes +30m, +2h, +1d or an ISO 8601 time, not &quot;%1&quot;</source>
        <translation>--until nimmt +30m, +2h, +1d oder eine ISO-8601-Zeit, nicht „%1“</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>kein Spiegel %1 im Inventar</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message>
        <source>maintenance %1 of %2: %3 to %4</source>
        <translation>Wartung %1 von %2: %3 bis %4</translation>
    </message>
    <message>
        <source>, under way</source>
        <translation>, läuft</translation>
    </message>
    <message>
        <source>no maintenance under way or to come</source>
        <translation>keine Wartung läuft oder steht an</translation>
    </message>
    <message>
        <source>maintenance end takes a window&apos;s number or a mirror</source>
        <translation>maintenance end nimmt die Nummer eines Fensters oder einen Spiegel</translation>
    </message>
    <message>
        <source>no maintenance %1 under way or to come</source>
        <translation>keine Wartung %1 läuft oder steht an</translation>
    </message>
    <message>
        <source>maintenance %1 of %2 ended; the mirror returns to DNS after a fresh check</source>
        <translation>Wartung %1 von %2 beendet; der Spiegel kehrt nach einer Prüfung, die ihn aktuell findet, ins DNS zurück</translation>
    </message>
    <message>
        <source>add MIRROR, list, or end ID|MIRROR.</source>
        <translation>add SPIEGEL, list oder end ID|SPIEGEL.</translation>
    </message>
    <message>
        <source>When it starts (default now).</source>
        <translation>Wann sie beginnt (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>When it ends: +2h, +1d, or an ISO 8601 time.</source>
        <translation>Wann sie endet: +2h, +1d oder eine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>Why, as the admin gave it.</source>
        <translation>Warum, wie der Admin es angab.</translation>
    </message>
    <message>
        <source>maintenance takes add, list or end</source>
        <translation>maintenance nimmt add, list oder end</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Looking for a maintenance under way…</source>
        <translation>Suche nach einer laufenden Wartung…</translation>
    </message>
    <message>
        <source>Start maintenance</source>
        <translation>Wartung beginnen</translation>
    </message>
    <message>
        <source>End maintenance now</source>
        <translation>Wartung jetzt beenden</translation>
    </message>
    <message>
        <source>Maintenance of %1</source>
        <translation>Wartung von %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>as the admin gave it, e.g. disk replacement</source>
        <translation>wie der Admin ihn angab, z. B. Plattentausch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>While it lasts the mirror has no alerts and no mails, and stays out of DNS. Once it ends, the mirror returns to DNS after a check finds it fresh.</source>
        <translation>Solange sie dauert, gibt es für den Spiegel keine Warnungen und keine Mails, und er bleibt aus dem DNS. Danach kehrt er ins DNS zurück, sobald eine Prüfung ihn aktuell findet.</translation>
    </message>
    <message>
        <source>In maintenance until %1: %2</source>
        <translation>In Wartung bis %1: %2</translation>
    </message>
    <message>
        <source>No maintenance under way.</source>
        <translation>Keine Wartung läuft.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindows</name>
    <message>
        <source>a maintenance window must end after it starts</source>
        <translation>ein Wartungsfenster muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>a maintenance window needs a reason: it is shown beside the mirror</source>
        <translation>ein Wartungsfenster braucht einen Grund: er steht neben dem Spiegel</translation>
    </message>
    <message>
        <source>cannot record the maintenance window: %1</source>
        <translation>das Wartungsfenster lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>cannot end the maintenance window: %1</source>
        <translation>das Wartungsfenster lässt sich nicht beenden: %1</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>cannot serve the metrics on %1 port %2</source>
        <translation>die Metriken lassen sich nicht auf %1 Port %2 anbieten</translation>
    </message>
</context>
<context>
    <name>MirrorDetailPane</name>
    <message>
        <source>Setup audit</source>
        <translation>Einrichtungsprüfung</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Sync-Läufe</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 durchgefallen</translation>
    </message>
    <message>
        <source>The rules could not be read; reachability was tested for real.</source>
        <translation>Die Regeln konnten nicht gelesen werden; die Erreichbarkeit wurde tatsächlich getestet.</translation>
    </message>
    <message>
        <source>Rules read with %1</source>
        <translation>Regeln gelesen mit %1</translation>
    </message>
    <message>
        <source>Mirror shown</source>
        <translation>Gezeigter Mirror</translation>
    </message>
    <message>
        <source>Select a mirror in the table to see it here.</source>
        <translation>Einen Mirror in der Tabelle auswählen, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to clam-clientsync.conf of %1 are not written. Leave them and show another tab?</source>
        <translation>Die Änderungen an clam-clientsync.conf von %1 sind nicht geschrieben. Verwerfen und einen anderen Reiter zeigen?</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the current row; %n mirrors selected)</source>
        <translation>
            <numerusform>%1 (die aktuelle Zeile; %n Mirror ausgewählt)</numerusform>
            <numerusform>%1 (die aktuelle Zeile; %n Mirrors ausgewählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes to clam-clientsync.conf of %1 are not written. Discard them and leave the mirror?</source>
        <translation>Die Änderungen an clam-clientsync.conf von %1 sind nicht geschrieben. Verwerfen und den Mirror verlassen?</translation>
    </message>
</context>
<context>
    <name>MirrorFormDialog</name>
    <message>
        <source>Enabled: refreshed, checked and exported</source>
        <translation>Aktiviert: aktualisiert, geprüft und exportiert</translation>
    </message>
    <message>
        <source>Edit mirror %1</source>
        <translation>Mirror %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a mirror</source>
        <translation>Einen Mirror hinzufügen</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Administrator&apos;s e-mail</source>
        <translation>E-Mail des Administrators</translation>
    </message>
    <message>
        <source>E-mail for alerts</source>
        <translation>E-Mail für Warnungen</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP-Port</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>Shell (probe and act)</source>
        <translation>Shell (abfragen und handeln)</translation>
    </message>
    <message>
        <source>Trigger-only (forced command: any command starts a sync)</source>
        <translation>Trigger-only (erzwungener Befehl: jeder Befehl startet einen Sync)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>Push-Master</translation>
    </message>
    <message>
        <source>Home directory</source>
        <translation>Home-Verzeichnis</translation>
    </message>
    <message>
        <source>the account&apos;s home</source>
        <translation>das Home des Kontos</translation>
    </message>
    <message>
        <source>Conf file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
    <message>
        <source>TO= from the conf</source>
        <translation>TO= aus der Konfiguration</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>System host name</source>
        <translation>Hostname des Systems</translation>
    </message>
    <message>
        <source>learned by the first refresh</source>
        <translation>von der ersten Aktualisierung gelernt</translation>
    </message>
    <message>
        <source>SSH key file</source>
        <translation>SSH-Schlüsseldatei</translation>
    </message>
    <message>
        <source>the console&apos;s key</source>
        <translation>der Schlüssel der Konsole</translation>
    </message>
    <message>
        <source>Expected host key</source>
        <translation>Erwarteter Hostschlüssel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Noch nicht: %1.</translation>
    </message>
    <message>
        <source>the mirror form</source>
        <translation>das Mirror-Formular</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 is trigger-only: any command there starts a sync. As a shell mirror the console will run its probe there at every refresh. Do it only when the mirror&apos;s admin installed the shell key.

%2</source>
        <translation>%1 ist Trigger-only: jeder Befehl dort startet einen Sync. Als Shell-Mirror führt die Konsole dort bei jeder Aktualisierung ihre Abfrage aus. Nur tun, wenn der Admin des Mirrors den Shell-Schlüssel eingerichtet hat.

%2</translation>
    </message>
    <message>
        <source>These changes of %1 decide where and how the console connects:

%2</source>
        <translation>Diese Änderungen an %1 bestimmen, wohin und wie die Konsole sich verbindet:

%2</translation>
    </message>
    <message>
        <source>Allow shell access</source>
        <translation>Shell-Zugang erlauben</translation>
    </message>
    <message>
        <source>Change access</source>
        <translation>Zugang ändern</translation>
    </message>
    <message>
        <source>Allow shell</source>
        <translation>Shell erlauben</translation>
    </message>
    <message>
        <source>Country (name or ISO code)</source>
        <translation>Land (Name oder ISO-Code)</translation>
    </message>
    <message>
        <source>PL or Poland</source>
        <translation>PL oder Polen</translation>
    </message>
</context>
<context>
    <name>MirrorInventory</name>
    <message>
        <source>name &quot;%1&quot; is not a host name</source>
        <translation>Name „%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>address &quot;%1&quot; is not an IP address</source>
        <translation>Adresse „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; is not an ISO 3166 alpha-2 code such as PL</source>
        <translation>Land „%1“ ist kein Code nach ISO 3166 alpha-2 wie PL</translation>
    </message>
    <message>
        <source>ssh port 0 is not a port</source>
        <translation>SSH-Port 0 ist kein Port</translation>
    </message>
    <message>
        <source>no user to log in as</source>
        <translation>kein Benutzer zum Anmelden</translation>
    </message>
    <message>
        <source>admin e-mail &quot;%1&quot; is not an e-mail address</source>
        <translation>Admin-E-Mail „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>alerts e-mail &quot;%1&quot; is not an e-mail address</source>
        <translation>Warnungs-E-Mail „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>mirror %1 not added: %2</source>
        <translation>Mirror %1 nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>mirror %1 is already in the inventory</source>
        <translation>Mirror %1 ist bereits im Bestand</translation>
    </message>
    <message>
        <source>mirror %1 not changed: %2</source>
        <translation>Mirror %1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>mirror %1 is no longer in the inventory</source>
        <translation>Mirror %1 ist nicht mehr im Bestand</translation>
    </message>
    <message>
        <source>mirror not removed: %1</source>
        <translation>Mirror nicht entfernt: %1</translation>
    </message>
    <message>
        <source>no mirror with id %1</source>
        <translation>kein Mirror mit der ID %1</translation>
    </message>
    <message>
        <source>home directory</source>
        <translation>Home-Verzeichnis</translation>
    </message>
    <message>
        <source>conf path</source>
        <translation>Pfad der Konfiguration</translation>
    </message>
    <message>
        <source>log path</source>
        <translation>Pfad des Protokolls</translation>
    </message>
    <message>
        <source>access log path</source>
        <translation>Pfad des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
</context>
<context>
    <name>MonitorCommandLine</name>
    <message>
        <source>The monitoring of the ClamAV mirror fleet as a service: refreshes and freshness checks on schedules, alerts and e-mail to the team and the mirrors&apos; admins.</source>
        <translation>Die Überwachung der ClamAV-Spiegelflotte als Dienst: Aktualisierungen und Frischeprüfungen nach Zeitplan, Warnungen und E-Mail an das Team und die Admins der Spiegel.</translation>
    </message>
    <message>
        <source>run in a terminal: log lines with their time, no systemd expected</source>
        <translation>in einem Terminal laufen: Protokollzeilen mit ihrer Zeit, kein systemd erwartet</translation>
    </message>
    <message>
        <source>where the inventory, settings and known hosts are (default: $STATE_DIRECTORY, or /var/lib/mirror-monitor)</source>
        <translation>wo Inventar, Einstellungen und bekannte Hosts liegen (Vorgabe: $STATE_DIRECTORY oder /var/lib/mirror-monitor)</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>the file holding the SMTP password, readable by its owner alone (default: $CREDENTIALS_DIRECTORY/smtp-password, or /etc/mirror-monitor/smtp-password)</source>
        <translation>die Datei mit dem SMTP-Passwort, nur für ihren Eigentümer lesbar (Vorgabe: $CREDENTIALS_DIRECTORY/smtp-password oder /etc/mirror-monitor/smtp-password)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>the DNS server asked for current.cvd.clamav.net instead of the system&apos;s</source>
        <translation>der DNS-Server, der statt dem des Systems nach current.cvd.clamav.net gefragt wird</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>mirror-monitor takes no arguments, only options: %1</source>
        <translation>mirror-monitor nimmt keine Argumente, nur Optionen: %1</translation>
    </message>
    <message>
        <source>--nameserver takes an IP address, not &quot;%1&quot;</source>
        <translation>--nameserver nimmt eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>the TSIG key nsupdate signs the DNS updates with, when the setting dns/key-file names none (default: $CREDENTIALS_DIRECTORY/dns-key, or /etc/mirror-monitor/dns-key)</source>
        <translation>der TSIG-Schlüssel, mit dem nsupdate die DNS-Änderungen signiert, wenn die Einstellung dns/key-file keinen nennt (Vorgabe: $CREDENTIALS_DIRECTORY/dns-key oder /etc/mirror-monitor/dns-key)</translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <source>Uptime over the last N days (default 30).</source>
        <translation>Verfügbarkeit über die letzten N Tage (Vorgabe 30).</translation>
    </message>
    <message>
        <source>--days takes a whole number of days, not &quot;%1&quot;</source>
        <translation>--days nimmt eine ganze Zahl von Tagen, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Ask this DNS server for current.cvd.clamav.net (default: the system&apos;s).</source>
        <translation>Diesen DNS-Server nach current.cvd.clamav.net fragen (Vorgabe: der des Systems).</translation>
    </message>
    <message>
        <source>Take the current daily from this mirror instead of DNS.</source>
        <translation>Die aktuelle daily von diesem Mirror nehmen statt aus dem DNS.</translation>
    </message>
    <message>
        <source>Mirrors (default: every enabled one).</source>
        <translation>Mirrors (Vorgabe: jeder aktivierte).</translation>
    </message>
    <message>
        <source>mirrorctl: %1; lagging is not judged</source>
        <translation>mirrorctl: %1; Rückstand wird nicht beurteilt</translation>
    </message>
    <message>
        <source>Print the status as CSV.</source>
        <translation>Den Status als CSV ausgeben.</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>Only db.XY.clamav.net of this country.</source>
        <translation>Nur db.XY.clamav.net dieses Landes.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>In DATEI schreiben.</translation>
    </message>
    <message>
        <source>no mirror in country %1</source>
        <translation>kein Mirror im Land %1</translation>
    </message>
    <message>
        <source>One line for Nagios or Icinga, with perfdata; exit 0 ok, 1 warning (lagging, old), 2 critical (removed, unreachable), 3 unknown.</source>
        <translation>Eine Zeile für Nagios oder Icinga, mit Perfdata; Exit 0 ok, 1 Warnung (Rückstand, alt), 2 kritisch (entfernt, unerreichbar), 3 unbekannt.</translation>
    </message>
</context>
<context>
    <name>MonitorService</name>
    <message>
        <source>current versions unknown (%1): %2</source>
        <translation>aktuelle Versionen unbekannt (%1): %2</translation>
    </message>
    <message>
        <source>mail/from is not set: the alerts are kept, but no mail can leave</source>
        <translation>mail/from ist nicht gesetzt: die Warnungen werden verwahrt, aber keine Mail kann hinaus</translation>
    </message>
</context>
<context>
    <name>NetDevParser</name>
    <message>
        <source>not /proc/net/dev: its two header lines are missing</source>
        <translation>nicht /proc/net/dev: die zwei Kopfzeilen fehlen</translation>
    </message>
    <message>
        <source>no &quot;interface:&quot; at the start of the line</source>
        <translation>kein „interface:“ am Zeilenanfang</translation>
    </message>
    <message>
        <source>%1 counters where /proc/net/dev has 16</source>
        <translation>%1 Zähler, wo /proc/net/dev 16 hat</translation>
    </message>
    <message>
        <source>a counter of %1 is not a number</source>
        <translation>ein Zähler von %1 ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>NewMirrorEmailParser</name>
    <message>
        <source>more than one &quot;||&quot; in the admin field</source>
        <translation>mehr als ein „||“ im Admin-Feld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no valid e-mail address</source>
        <translation>„%1“ enthält keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid alerts address</source>
        <translation>„%1“ ist keine gültige Warnungs-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected ip address, country or admin</source>
        <translation>unbekanntes Feld „%1“; erwartet sind ip address, country oder admin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before any mirror&apos;s host line (&quot;* host.name&quot;)</source>
        <translation>„%1“ steht vor der Hostzeile jedes Mirrors („* host.name“)</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>unbekanntes Land „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>ip address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 lacks: %2</source>
        <translation>%1 fehlt: %2</translation>
    </message>
    <message>
        <source>no mirror found: expected a line &quot;* host.name&quot; followed by ip address, country and admin</source>
        <translation>kein Mirror gefunden: erwartet ist eine Zeile „* host.name“, gefolgt von ip address, country und admin</translation>
    </message>
</context>
<context>
    <name>NftJsonParser</name>
    <message>
        <source>not nft JSON: %1 at byte %2</source>
        <translation>kein nft-JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>no &quot;nftables&quot; array: not the output of nft -j list ruleset</source>
        <translation>kein Array „nftables“: nicht die Ausgabe von nft -j list ruleset</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot update the outbox: %1</source>
        <translation>der Postausgang lässt sich nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>held for you</source>
        <translation>für Sie zurückgehalten</translation>
    </message>
    <message>
        <source>to be sent, attempt %1</source>
        <translation>zu senden, Versuch %1</translation>
    </message>
    <message>
        <source>%1 (admin)</source>
        <translation>%1 (Admin)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Break stale lock…</source>
        <translation>Verwaiste Sperre aufheben…</translation>
    </message>
    <message>
        <source>Sync now…</source>
        <translation>Jetzt synchronisieren…</translation>
    </message>
    <message>
        <source>Only a stale lock can be broken: one held by a running sync never is</source>
        <translation>Nur eine verwaiste Sperre lässt sich aufheben, nie eine von einem laufenden Sync gehaltene</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1, ssh port %2, user %3</source>
        <translation>%1, SSH-Port %2, Benutzer %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>trigger-only: the console sends nothing but a sync</source>
        <translation>Trigger-only: die Konsole sendet nichts außer einem Sync</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>%1, alerts to &lt;%2&gt;</source>
        <translation>%1, Warnungen an &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>not known: edit the mirror to add a contact</source>
        <translation>unbekannt: den Mirror bearbeiten, um einen Kontakt einzutragen</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>Push-Master</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>%1 h alt</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>keine Warnung</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Remove the sync lock of %1?

No sync of %1 is running now; the mirror checks again before removing it, and refuses if one started meanwhile.</source>
        <translation>Die Sync-Sperre von %1 entfernen?

Gerade läuft kein Sync von %1; der Mirror prüft vor dem Entfernen erneut und lehnt ab, falls inzwischen einer gestartet ist.</translation>
    </message>
    <message>
        <source>Break stale lock</source>
        <translation>Verwaiste Sperre aufheben</translation>
    </message>
    <message>
        <source>Break the lock of %1</source>
        <translation>Die Sperre von %1 aufheben</translation>
    </message>
    <message>
        <source>Breaking the lock of %1…</source>
        <translation>Hebe die Sperre von %1 auf…</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>gescheitert %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Inventory: %1
Settings: %2
The SSH identity: the agent&apos;s keys, then the mirror&apos;s own key file or else the key file set under SSH.</source>
        <translation>Bestand: %1
Einstellungen: %2
Die SSH-Identität: die Schlüssel des Agenten, dann die eigene Schlüsseldatei des Spiegels oder sonst die unter SSH gesetzte.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>The SMTP user&apos;s password, kept in the system keychain (mirror-monitor reads its own credentials file)</source>
        <translation>Das Passwort des SMTP-Benutzers, im Schlüsselbund des Systems verwahrt (mirror-monitor liest seine eigene Berechtigungsdatei)</translation>
    </message>
    <message>
        <source>The SMTP password was not kept: %1</source>
        <translation>Das SMTP-Passwort wurde nicht verwahrt: %1</translation>
    </message>
</context>
<context>
    <name>ProbeHistory</name>
    <message>
        <source>cannot store a %1 result: %2</source>
        <translation>ein Ergebnis vom Typ %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot prune the history: %1</source>
        <translation>der Verlauf kann nicht ausgedünnt werden: %1</translation>
    </message>
</context>
<context>
    <name>ProbeOutputParser</name>
    <message>
        <source>expected a section to begin; the probe&apos;s output is garbled</source>
        <translation>Beginn eines Abschnitts erwartet; die Ausgabe der Abfrage ist verstümmelt</translation>
    </message>
    <message>
        <source>a section&apos;s header was cut off</source>
        <translation>der Kopf eines Abschnitts wurde abgeschnitten</translation>
    </message>
    <message>
        <source>section %1 never ended: the probe was cut off</source>
        <translation>Abschnitt %1 endete nie: die Abfrage wurde abgeschnitten</translation>
    </message>
    <message>
        <source>section %1 ended without its exit status</source>
        <translation>Abschnitt %1 endete ohne seinen Exit-Status</translation>
    </message>
</context>
<context>
    <name>RemoteConfEditor</name>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>nothing to write: the text is unchanged</source>
        <translation>nichts zu schreiben: der Text ist unverändert</translation>
    </message>
    <message>
        <source>not written: the edit was not made on the text read from the mirror</source>
        <translation>nicht geschrieben: die Änderung wurde nicht am vom Mirror gelesenen Text gemacht</translation>
    </message>
    <message>
        <source>no backup, nothing changed: %1</source>
        <translation>keine Sicherung, nichts geändert: %1</translation>
    </message>
    <message>
        <source>%1 (backup %2)
%3</source>
        <translation>%1 (Sicherung %2)
%3</translation>
    </message>
</context>
<context>
    <name>RemoteLogFetcher</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the mirror keeps no rsync.log yet</source>
        <translation>der Mirror hat noch kein rsync.log</translation>
    </message>
    <message>
        <source>cannot read the sync logs (exit %1): %2</source>
        <translation>die Sync-Protokolle können nicht gelesen werden (Exit %1): %2</translation>
    </message>
</context>
<context>
    <name>RemoteValue</name>
    <message>
        <source>push master &quot;%1&quot; is not an rsync:// URL of a host</source>
        <translation>Push-Master „%1“ ist keine rsync://-URL eines Hosts</translation>
    </message>
    <message>
        <source>push master &quot;%1&quot; is not a host name, an IP address or an rsync:// URL</source>
        <translation>Push-Master „%1“ ist weder Hostname noch IP-Adresse noch rsync://-URL</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an absolute path</source>
        <translation>%1 „%2“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>%1 holds a NUL or a line break</source>
        <translation>%1 enthält ein NUL oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not a login name</source>
        <translation>Benutzer „%1“ ist kein Anmeldename</translation>
    </message>
    <message>
        <source>system host name &quot;%1&quot; is not a host name</source>
        <translation>System-Hostname „%1“ ist kein Hostname</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret is stored for %1 (or the keychain is locked: unlock it and try again)</source>
        <translation>für %1 ist kein Geheimnis abgelegt (oder der Schlüsselbund ist gesperrt: entsperren und erneut versuchen)</translation>
    </message>
    <message>
        <source>the keychain refused access to %1: %2</source>
        <translation>der Schlüsselbund verweigerte den Zugriff auf %1: %2</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); secrets cannot be stored or read</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar (%1); Geheimnisse können weder abgelegt noch gelesen werden</translation>
    </message>
    <message>
        <source>keychain error for %1: %2</source>
        <translation>Fehler des Schlüsselbunds für %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Refreshing: %1 of %2 mirrors</source>
        <translation>Aktualisiere: %1 von %2 Mirrors</translation>
    </message>
    <message>
        <source>Refreshed %1 mirrors; %2 could not be reached</source>
        <translation>%1 Mirrors aktualisiert; %2 nicht erreichbar</translation>
    </message>
    <message>
        <source>Refreshed %1 mirrors</source>
        <translation>%1 Mirrors aktualisiert</translation>
    </message>
    <message>
        <source>Checking freshness: %1 of %2 mirrors</source>
        <translation>Prüfe Aktualität: %1 von %2 Mirrors</translation>
    </message>
    <message numerus="yes">
        <source>Freshness checked on %n mirror(s); %1 not fresh</source>
        <translation>
            <numerusform>Aktualität von %n Mirror geprüft; %1 nicht aktuell</numerusform>
            <numerusform>Aktualität von %n Mirrors geprüft; %1 nicht aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1; default %2</source>
        <translation>%1; Vorgabe %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3; default %4</source>
        <translation>%1: %2 bis %3; Vorgabe %4</translation>
    </message>
    <message>
        <source>none: the agent&apos;s keys only</source>
        <translation>keine: nur die Schlüssel des Agenten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
</context>
<context>
    <name>SetupAuditor</name>
    <message>
        <source>%1 has mode %2 and belongs to %3</source>
        <translation>%1 hat den Modus %2 und gehört %3</translation>
    </message>
    <message>
        <source>mode %1, owner %2</source>
        <translation>Modus %1, Eigentümer %2</translation>
    </message>
    <message>
        <source>chmod %1 %2; chown %3 %2</source>
        <translation>chmod %1 %2; chown %3 %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>create %1 as the How-to says</source>
        <translation>%1 anlegen, wie die Anleitung es sagt</translation>
    </message>
    <message>
        <source>the account&apos;s shell is /bin/sh or /bin/bash</source>
        <translation>die Shell des Kontos ist /bin/sh oder /bin/bash</translation>
    </message>
    <message>
        <source>shell %1</source>
        <translation>Shell %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>chsh -s /bin/bash %1: with another shell the forced command cannot run</source>
        <translation>chsh -s /bin/bash %1: mit einer anderen Shell kann der erzwungene Befehl nicht laufen</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 ist installiert</translation>
    </message>
    <message>
        <source>not found in PATH</source>
        <translation>nicht im PATH gefunden</translation>
    </message>
    <message>
        <source>install procmail, which provides lockfile</source>
        <translation>procmail installieren, das lockfile mitbringt</translation>
    </message>
    <message>
        <source>install rsync</source>
        <translation>rsync installieren</translation>
    </message>
    <message>
        <source>clam-clientsync.conf sets TO, RSYNC_USER, RSYNC_PASSWORD, MODULE and EXCLUDE as the How-to says</source>
        <translation>clam-clientsync.conf setzt TO, RSYNC_USER, RSYNC_PASSWORD, MODULE und EXCLUDE, wie die Anleitung es sagt</translation>
    </message>
    <message>
        <source>edit the configuration (Configuration tab, or mirrorctl config set)</source>
        <translation>die Konfiguration bearbeiten (Reiter Konfiguration, oder mirrorctl config set)</translation>
    </message>
    <message>
        <source>all five keys set</source>
        <translation>alle fünf Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>TO (the DocumentRoot) exists and is writable</source>
        <translation>TO (das DocumentRoot) existiert und ist beschreibbar</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>%1 is not writable by %2</source>
        <translation>%1 ist für %2 nicht beschreibbar</translation>
    </message>
    <message>
        <source>make %1 writable by %2: without that lockfile fails and the script syncs with no lock at all</source>
        <translation>%1 für %2 beschreibbar machen: ohne das scheitert lockfile und das Skript synchronisiert ganz ohne Sperre</translation>
    </message>
    <message>
        <source>local_test answers &quot;Success&quot; for Host: db.test.clamav.net</source>
        <translation>local_test antwortet „Success“ für Host: db.test.clamav.net</translation>
    </message>
    <message>
        <source>served</source>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nicht ausgeliefert</translation>
    </message>
    <message>
        <source>no HTTP check yet</source>
        <translation>noch keine HTTP-Prüfung</translation>
    </message>
    <message>
        <source>echo Success &gt; %1/local_test; chmod 644 it; check the vhost&apos;s server names</source>
        <translation>echo Success &gt; %1/local_test; chmod 644 darauf; die Servernamen des vhosts prüfen</translation>
    </message>
    <message>
        <source>forced-command keys carry no-port-forwarding, no-X11-forwarding, no-agent-forwarding and no-pty</source>
        <translation>Schlüssel mit erzwungenem Befehl tragen no-port-forwarding, no-X11-forwarding, no-agent-forwarding und no-pty</translation>
    </message>
    <message>
        <source>copy authorized_keys_noshell or authorized_keys_shell as the How-to says</source>
        <translation>authorized_keys_noshell oder authorized_keys_shell kopieren, wie die Anleitung es sagt</translation>
    </message>
    <message>
        <source>line %1 lacks %2</source>
        <translation>Zeile %1 fehlt %2</translation>
    </message>
    <message>
        <source>no key at all</source>
        <translation>gar kein Schlüssel</translation>
    </message>
    <message>
        <source>~/.ssh/authorized_keys cannot be read</source>
        <translation>~/.ssh/authorized_keys kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n key line(s) in order</source>
        <translation>
            <numerusform>%n Schlüsselzeile in Ordnung</numerusform>
            <numerusform>%n Schlüsselzeilen in Ordnung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SftpChannel</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>the session is not open</source>
        <translation>die Sitzung ist nicht offen</translation>
    </message>
    <message>
        <source>cannot start SFTP: %1</source>
        <translation>SFTP kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>kann nicht lesen</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation>%1 ist %2 Bytes groß, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht öffnen</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while being read</source>
        <translation>%1 wuchs beim Lesen über %2 Bytes</translation>
    </message>
    <message>
        <source>cannot check</source>
        <translation>kann nicht prüfen</translation>
    </message>
    <message>
        <source>%1 was removed on the mirror since it was read; nothing was written</source>
        <translation>%1 wurde seit dem Lesen auf dem Mirror entfernt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 already exists on the mirror; nothing was written</source>
        <translation>%1 existiert bereits auf dem Mirror; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 was changed on the mirror since it was read; nothing was written. Read it again and redo the change.</source>
        <translation>%1 wurde seit dem Lesen auf dem Mirror geändert; nichts wurde geschrieben. Erneut lesen und die Änderung wiederholen.</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>kann nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht schreiben</translation>
    </message>
    <message>
        <source>cannot flush</source>
        <translation>kann nicht auf die Platte bringen</translation>
    </message>
    <message>
        <source>cannot set the mode of</source>
        <translation>kann den Modus nicht setzen von</translation>
    </message>
    <message>
        <source>%1 appeared on the mirror meanwhile; nothing was written</source>
        <translation>%1 ist inzwischen auf dem Mirror aufgetaucht; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2): refused</source>
        <translation>%1 ist keine reguläre Datei (%2): abgelehnt</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a FIFO, socket or device</source>
        <translation>ein FIFO, Socket oder Gerät</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>unbekannter Art</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>file already exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation>kein solches Verzeichnis</translation>
    </message>
    <message>
        <source>SFTP error %1</source>
        <translation>SFTP-Fehler %1</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Act</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search acts and keys</source>
        <translation>Aktionen und Tasten suchen</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>cannot start libcurl</source>
        <translation>libcurl lässt sich nicht starten</translation>
    </message>
    <message>
        <source>%1 refused the mail to %2 (%3): %4</source>
        <translation>%1 lehnte die Mail an %2 ab (%3): %4</translation>
    </message>
    <message>
        <source>cannot hand the mail to %1 to %2: %3</source>
        <translation>die Mail an %1 lässt sich nicht an %2 übergeben: %3</translation>
    </message>
</context>
<context>
    <name>SshExecChannel</name>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>kein Kanal kann geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the command was refused: %1</source>
        <translation>der Befehl wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>cancelled while running the command</source>
        <translation>abgebrochen, während der Befehl lief</translation>
    </message>
    <message>
        <source>the connection dropped while the command ran: %1</source>
        <translation>die Verbindung brach ab, während der Befehl lief: %1</translation>
    </message>
    <message>
        <source>the connection dropped while the command ran</source>
        <translation>die Verbindung brach ab, während der Befehl lief</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s</source>
        <translation>der Befehl endete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed on the mirror, or the connection dropped)</source>
        <translation>der Befehl endete ohne Exit-Status (auf dem Mirror beendet, oder die Verbindung brach ab)</translation>
    </message>
    <message>
        <source>sent more than %1 of output for one command</source>
        <translation>hat für einen Befehl mehr als %1 Ausgabe gesendet</translation>
    </message>
    <message>
        <source>the command sent nothing for %1 s</source>
        <translation>der Befehl hat %1 s lang nichts gesendet</translation>
    </message>
</context>
<context>
    <name>SshPool</name>
    <message>
        <source>%1 is a trigger-only mirror: any %2 there starts a sync, so the console does not send one</source>
        <translation>%1 ist ein Trigger-only-Mirror: jede %2 dort startet einen Sync, daher sendet die Konsole keine</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>SFTP request</source>
        <translation>SFTP-Anfrage</translation>
    </message>
    <message>
        <source>no answer within %1 s: the connection was cut</source>
        <translation>keine Antwort innerhalb von %1 s: die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>cancelled: the connection was cut</source>
        <translation>abgebrochen: die Verbindung wurde getrennt</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>cannot create an SSH session</source>
        <translation>es kann keine SSH-Sitzung angelegt werden</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>connecting was cancelled</source>
        <translation>das Verbinden wurde abgebrochen</translation>
    </message>
    <message>
        <source>no SSH greeting within %1 s</source>
        <translation>keine SSH-Begrüßung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>der Server sandte keinen Hostschlüssel</translation>
    </message>
    <message>
        <source>cannot read the host key</source>
        <translation>der Hostschlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the ssh-agent&apos;s keys</source>
        <translation>die Schlüssel des ssh-agent</translation>
    </message>
    <message>
        <source>cannot load the key %1 (wrong or missing passphrase, or not a private key)</source>
        <translation>der Schlüssel %1 kann nicht geladen werden (falsche oder fehlende Passphrase, oder kein privater Schlüssel)</translation>
    </message>
    <message>
        <source>no identity to log in with: no ssh-agent and no key file set</source>
        <translation>keine Identität zum Anmelden: kein ssh-agent und keine Schlüsseldatei gesetzt</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 lehnte %2 ab</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>the session is not open</source>
        <translation>die Sitzung ist nicht offen</translation>
    </message>
    <message>
        <source>the connection is gone: %1</source>
        <translation>die Verbindung ist weg: %1</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>die Verbindung wurde getrennt</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>old</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>keine Sperre</translation>
    </message>
    <message>
        <source>held by a sync</source>
        <translation>von einem Sync gehalten</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
</context>
<context>
    <name>StoreThread</name>
    <message>
        <source>the inventory cannot be opened</source>
        <translation>das Inventar lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>StoredFacts</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, Code %2</translation>
    </message>
    <message>
        <source>run %1 of %2, %3: its log follows</source>
        <translation>Lauf %1 von %2, %3: sein Protokoll folgt</translation>
    </message>
</context>
<context>
    <name>SyncActivityPane</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Syncs under way</source>
        <translation>Laufende Syncs</translation>
    </message>
    <message>
        <source>Live sync log</source>
        <translation>Live-Sync-Protokoll</translation>
    </message>
    <message>
        <source>Stop the selected sync: a queued one never starts, a running one on a shell mirror is stopped and its lock removed; a trigger-only mirror&apos;s sync goes on, the console stops waiting</source>
        <translation>Den ausgewählten Sync stoppen: ein wartender startet nie, ein laufender auf einem Shell-Mirror wird gestoppt und seine Sperre entfernt; der Sync eines Trigger-only-Mirrors läuft weiter, die Konsole hört auf zu warten</translation>
    </message>
    <message>
        <source>Cancel every sync of this session that has not ended</source>
        <translation>Jeden noch nicht beendeten Sync dieser Sitzung abbrechen</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Push master: rsync1 or rsync2 (default: the mirror&apos;s).</source>
        <translation>Push-Master: rsync1 oder rsync2 (Vorgabe: der des Mirrors).</translation>
    </message>
    <message>
        <source>Follow the syncs to their end, printing their logs.</source>
        <translation>Den Syncs bis zu ihrem Ende folgen und ihre Protokolle ausgeben.</translation>
    </message>
    <message>
        <source>Mirrors to sync.</source>
        <translation>Zu synchronisierende Mirrors.</translation>
    </message>
    <message>
        <source>trigger needs at least one mirror</source>
        <translation>trigger braucht mindestens einen Mirror</translation>
    </message>
    <message>
        <source>%1 is trigger-only: the sync runs while the connection stays open; waiting</source>
        <translation>%1 ist Trigger-only: der Sync läuft, solange die Verbindung offen bleibt; warte</translation>
    </message>
    <message>
        <source>Mirrors whose sync to follow.</source>
        <translation>Mirrors, deren Sync verfolgt wird.</translation>
    </message>
    <message>
        <source>follow needs at least one mirror</source>
        <translation>follow braucht mindestens einen Mirror</translation>
    </message>
    <message>
        <source>%1: no sync started: %2</source>
        <translation>%1: kein Sync gestartet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>%1 (trigger-only, from %2: its forced command decides)</source>
        <translation>%1 (Trigger-only, von %2: sein erzwungener Befehl entscheidet)</translation>
    </message>
    <message>
        <source>Mirrors to sync</source>
        <translation>Zu synchronisierende Mirrors</translation>
    </message>
    <message>
        <source>Each mirror&apos;s own push master</source>
        <translation>Der eigene Push-Master jedes Mirrors</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>Push-Master</translation>
    </message>
    <message numerus="yes">
        <source>Start clam-clientsync on %n mirror(s)? Shell-mode mirrors show rsync&apos;s log as it runs and can be stopped; a trigger-only mirror syncs through its forced command.</source>
        <translation>
            <numerusform>clam-clientsync auf %n Mirror starten? Shell-Mirrors zeigen das Protokoll von rsync während des Laufs und lassen sich stoppen; ein Trigger-only-Mirror synchronisiert über seinen erzwungenen Befehl.</numerusform>
            <numerusform>clam-clientsync auf %n Mirrors starten? Shell-Mirrors zeigen das Protokoll von rsync während des Laufs und lassen sich stoppen; ein Trigger-only-Mirror synchronisiert über seinen erzwungenen Befehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push master:</source>
        <translation>Push-Master:</translation>
    </message>
    <message numerus="yes">
        <source>Sync %n mirror(s)</source>
        <translation>
            <numerusform>%n Mirror synchronisieren</numerusform>
            <numerusform>%n Mirrors synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The push master chosen here reaches trigger-only mirrors as the command&apos;s argument; their forced command may use its own.</source>
        <translation>Der hier gewählte Push-Master erreicht Trigger-only-Mirrors als Argument des Befehls; ihr erzwungener Befehl kann einen eigenen verwenden.</translation>
    </message>
</context>
<context>
    <name>SyncRunLogParser</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>syntax or usage error</source>
        <translation>Syntax- oder Aufruffehler</translation>
    </message>
    <message>
        <source>protocol incompatibility</source>
        <translation>Protokolle nicht vereinbar</translation>
    </message>
    <message>
        <source>errors selecting input or output files or directories</source>
        <translation>Fehler bei der Wahl der Ein- oder Ausgabedateien oder -verzeichnisse</translation>
    </message>
    <message>
        <source>an action the other side does not support</source>
        <translation>eine Aktion, die die Gegenseite nicht unterstützt</translation>
    </message>
    <message>
        <source>error starting the client-server protocol</source>
        <translation>Fehler beim Start des Client-Server-Protokolls</translation>
    </message>
    <message>
        <source>the daemon could not append to its log file</source>
        <translation>der Daemon konnte nicht in sein Protokoll schreiben</translation>
    </message>
    <message>
        <source>error in socket I/O</source>
        <translation>Fehler bei Socket-E/A</translation>
    </message>
    <message>
        <source>error in file I/O</source>
        <translation>Fehler bei Datei-E/A</translation>
    </message>
    <message>
        <source>error in the rsync protocol data stream</source>
        <translation>Fehler im Datenstrom des rsync-Protokolls</translation>
    </message>
    <message>
        <source>errors with program diagnostics</source>
        <translation>Fehler bei der Programmdiagnose</translation>
    </message>
    <message>
        <source>error in the IPC code</source>
        <translation>Fehler im IPC-Code</translation>
    </message>
    <message>
        <source>killed by SIGUSR1 or SIGINT</source>
        <translation>durch SIGUSR1 oder SIGINT beendet</translation>
    </message>
    <message>
        <source>an error returned by waitpid()</source>
        <translation>ein von waitpid() gemeldeter Fehler</translation>
    </message>
    <message>
        <source>could not allocate memory buffers</source>
        <translation>Speicherpuffer konnten nicht angelegt werden</translation>
    </message>
    <message>
        <source>partial transfer because of an error</source>
        <translation>unvollständige Übertragung wegen eines Fehlers</translation>
    </message>
    <message>
        <source>partial transfer because source files vanished</source>
        <translation>unvollständige Übertragung, weil Quelldateien verschwanden</translation>
    </message>
    <message>
        <source>the --max-delete limit stopped deletions</source>
        <translation>die Grenze --max-delete hat das Löschen gestoppt</translation>
    </message>
    <message>
        <source>timeout while sending or receiving data</source>
        <translation>Zeitüberschreitung beim Senden oder Empfangen</translation>
    </message>
    <message>
        <source>timeout waiting for the daemon&apos;s connection</source>
        <translation>Zeitüberschreitung beim Warten auf die Verbindung des Daemons</translation>
    </message>
</context>
<context>
    <name>SyncRunStore</name>
    <message>
        <source>cannot store a sync run: %1</source>
        <translation>ein Sync-Lauf kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncRunTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SyncRunsTab</name>
    <message>
        <source>Follow it live</source>
        <translation>Live verfolgen</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Sync-Läufe</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync-Protokoll</translation>
    </message>
    <message>
        <source>All runs kept</source>
        <translation>Alle aufbewahrten Läufe</translation>
    </message>
    <message>
        <source>Fetch the mirror&apos;s logs</source>
        <translation>Protokolle des Mirrors holen</translation>
    </message>
    <message>
        <source>Open log file…</source>
        <translation>Protokolldatei öffnen…</translation>
    </message>
    <message>
        <source>Read the running sync&apos;s log as rsync writes it</source>
        <translation>Das Protokoll des laufenden Syncs lesen, während rsync es schreibt</translation>
    </message>
    <message>
        <source>Every run&apos;s log the console kept, oldest first, each under the time it ended</source>
        <translation>Das Protokoll jedes Laufs, das die Konsole aufbewahrt hat, ältestes zuerst, jedes unter seinem Endzeitpunkt</translation>
    </message>
    <message>
        <source>Copy every sync log the mirror keeps (rsync.log and its rotations) and browse them</source>
        <translation>Jedes Sync-Protokoll kopieren, das der Mirror aufbewahrt (rsync.log und seine Rotationen), und darin blättern</translation>
    </message>
    <message>
        <source>Browse a log file from this computer, of any size</source>
        <translation>Eine Protokolldatei dieses Rechners beliebiger Größe durchsehen</translation>
    </message>
    <message>
        <source>Copying the sync logs of %1…</source>
        <translation>Kopiere die Sync-Protokolle von %1…</translation>
    </message>
    <message>
        <source>The sync logs of %1 (rsync.log and its rotations), copied %2 (%3)</source>
        <translation>Die Sync-Protokolle von %1 (rsync.log und seine Rotationen), kopiert %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot copy the log: %1</source>
        <translation>Das Protokoll kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Every run of %1 the console kept, oldest first</source>
        <translation>Jeder Lauf von %1, den die Konsole aufbewahrt hat, ältester zuerst</translation>
    </message>
    <message>
        <source>Open a log file</source>
        <translation>Eine Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>A sync is running; an earlier run is shown.</source>
        <translation>Ein Sync läuft; ein früherer Lauf wird gezeigt.</translation>
    </message>
    <message>
        <source>Show the live log</source>
        <translation>Live-Protokoll zeigen</translation>
    </message>
    <message>
        <source>A sync from %1 runs through the forced command: a trigger-only mirror shows no log; its result is read over HTTP when it ends.</source>
        <translation>Ein Sync von %1 läuft über den erzwungenen Befehl: ein Trigger-only-Mirror zeigt kein Protokoll; sein Ergebnis wird am Ende über HTTP gelesen.</translation>
    </message>
    <message>
        <source>A sync started elsewhere is running; its log grows below.</source>
        <translation>Ein anderswo gestarteter Sync läuft; sein Protokoll wächst unten.</translation>
    </message>
    <message>
        <source>A sync from %1 waits for the mirror&apos;s connection.</source>
        <translation>Ein Sync von %1 wartet auf die Verbindung zum Mirror.</translation>
    </message>
    <message>
        <source>A sync from %1 is running; its log grows below.</source>
        <translation>Ein Sync von %1 läuft; sein Protokoll wächst unten.</translation>
    </message>
    <message>
        <source>The running sync&apos;s log</source>
        <translation>Das Protokoll des laufenden Syncs</translation>
    </message>
    <message>
        <source>The sync ended: %1 — %2. Its log joins the runs at the next refresh.</source>
        <translation>Der Sync ist beendet: %1 — %2. Sein Protokoll kommt bei der nächsten Aktualisierung zu den Läufen.</translation>
    </message>
    <message>
        <source>The last refresh saw a sync running, started elsewhere.</source>
        <translation>Die letzte Aktualisierung sah einen anderswo gestarteten Sync laufen.</translation>
    </message>
    <message>
        <source>The run that ended %1</source>
        <translation>Der Lauf, der %1 endete</translation>
    </message>
    <message>
        <source>The log of this run is not stored.</source>
        <translation>Das Protokoll dieses Laufs ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>The last refresh of %1 failed (%2): %3. The runs shown were read before it.</source>
        <translation>Die letzte Aktualisierung von %1 ist gescheitert (%2): %3. Die gezeigten Läufe wurden davor gelesen.</translation>
    </message>
</context>
<context>
    <name>TrafficReader</name>
    <message>
        <source>%1 so far, on pace for %2: below the expected %3 to %4</source>
        <translation>%1 bisher, hochgerechnet %2: unter den erwarteten %3 bis %4</translation>
    </message>
    <message>
        <source>%1 so far, on pace for %2: above the expected %3 to %4</source>
        <translation>%1 bisher, hochgerechnet %2: über den erwarteten %3 bis %4</translation>
    </message>
    <message>
        <source>%1 so far, on pace for %2: within the expected %3 to %4</source>
        <translation>%1 bisher, hochgerechnet %2: innerhalb der erwarteten %3 bis %4</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 at %3 UTC</source>
        <translation>%1: %2 am %3 UTC</translation>
    </message>
</context>
<context>
    <name>VerdictHistoryModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Timestamp age</source>
        <translation>Alter des Zeitstempels</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for administering a fleet of ClamAV database mirrors.</source>
        <translation>Desktop-Konsole zur Verwaltung einer Flotte von ClamAV-Datenbank-Mirrors.</translation>
    </message>
    <message>
        <source>Inventory of a running demo lab, shown while the console has no inventory of its own.</source>
        <translation>Bestand eines laufenden Demo-Labors, gezeigt solange die Konsole keinen eigenen Bestand hat.</translation>
    </message>
</context>
<context>
    <name>mirror-monitor</name>
    <message>
        <source>%1 mails queued</source>
        <translation>%1 Mails eingereiht</translation>
    </message>
    <message>
        <source>mails sent: %1, failed: %2%3</source>
        <translation>Mails gesendet: %1, gescheitert: %2%3</translation>
    </message>
    <message>
        <source>checked %1 mirrors, %2 not fresh</source>
        <translation>%1 Spiegel geprüft, %2 nicht aktuell</translation>
    </message>
    <message>
        <source>checking the fleet in %1</source>
        <translation>prüft die Flotte in %1</translation>
    </message>
    <message>
        <source>started over %1</source>
        <translation>gestartet über %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>metrics on http://%1:%2/metrics</source>
        <translation>Metriken unter http://%1:%2/metrics</translation>
    </message>
    <message>
        <source>DNS updated for %1: in %2; out %3; kept by the removal limit %4</source>
        <translation>DNS geändert für %1: hinein %2; hinaus %3; von der Entfernungsgrenze behalten %4</translation>
    </message>
</context>
<context>
    <name>mirrorctl</name>
    <message>
        <source>add a mirror</source>
        <translation>einen Mirror hinzufügen</translation>
    </message>
    <message>
        <source>remove a mirror</source>
        <translation>einen Mirror entfernen</translation>
    </message>
    <message>
        <source>list the mirrors</source>
        <translation>die Mirrors auflisten</translation>
    </message>
    <message>
        <source>export the inventory as JSON or CSV</source>
        <translation>den Bestand als JSON oder CSV exportieren</translation>
    </message>
    <message>
        <source>add mirrors from new-mirror e-mails</source>
        <translation>Mirrors aus E-Mails neuer Mirrors hinzufügen</translation>
    </message>
    <message>
        <source>add mirrors from a lab inventory or JSON export</source>
        <translation>Mirrors aus einem Labor-Bestand oder JSON-Export hinzufügen</translation>
    </message>
    <message>
        <source>run a command on a shell-mode mirror</source>
        <translation>einen Befehl auf einem Shell-Mirror ausführen</translation>
    </message>
    <message>
        <source>start clam-clientsync on mirrors</source>
        <translation>clam-clientsync auf Mirrors starten</translation>
    </message>
    <message>
        <source>the running sync&apos;s log as it is written</source>
        <translation>das Protokoll des laufenden Syncs, während es geschrieben wird</translation>
    </message>
    <message>
        <source>read or change clam-clientsync.conf</source>
        <translation>clam-clientsync.conf lesen oder ändern</translation>
    </message>
    <message>
        <source>list, read or change the settings</source>
        <translation>die Einstellungen auflisten, lesen oder ändern</translation>
    </message>
    <message>
        <source>probe mirrors: one round trip each</source>
        <translation>Mirrors abfragen: ein Hin und Zurück je Mirror</translation>
    </message>
    <message>
        <source>freshness over HTTP: fresh, lagging, old, removed</source>
        <translation>Aktualität über HTTP: fresh, lagging, old, removed</translation>
    </message>
    <message>
        <source>the stored verdicts with uptime, as text, JSON or CSV</source>
        <translation>die gespeicherten Befunde mit Verfügbarkeit, als Text, JSON oder CSV</translation>
    </message>
    <message>
        <source>BIND lines of db.XY.clamav.net from the verdicts</source>
        <translation>BIND-Zeilen von db.XY.clamav.net aus den Befunden</translation>
    </message>
    <message>
        <source>the mirrors list page as static HTML</source>
        <translation>die Seite der Mirror-Liste als statisches HTML</translation>
    </message>
    <message>
        <source>what the last refresh learnt, without connecting</source>
        <translation>was die letzte Aktualisierung gelernt hat, ohne zu verbinden</translation>
    </message>
    <message>
        <source>the sync lock: absent, held or stale</source>
        <translation>die Sync-Sperre: keine, gehalten oder verwaist</translation>
    </message>
    <message>
        <source>DocumentRoot and home space, database size</source>
        <translation>Platz von DocumentRoot und Home, Größe der Datenbank</translation>
    </message>
    <message>
        <source>the How-to&apos;s firewall rules, judged</source>
        <translation>die Firewall-Regeln der Anleitung, beurteilt</translation>
    </message>
    <message>
        <source>the setup checked against the How-to</source>
        <translation>die Einrichtung, gegen die Anleitung geprüft</translation>
    </message>
    <message>
        <source>traffic this month from the access log</source>
        <translation>Verkehr dieses Monats aus dem Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>sync runs seen first by this refresh</source>
        <translation>Sync-Läufe, die diese Aktualisierung zuerst sah</translation>
    </message>
    <message>
        <source>Usage: mirrorctl COMMAND [options]
Command-line face of Mirror Console, for scripts and monitoring.

Commands:
</source>
        <translation>Aufruf: mirrorctl BEFEHL [Optionen]
Kommandozeile von Mirror Console, für Skripte und Überwachung.

Befehle:
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH and --help; data commands take --json.
mirrorctl --version prints the version.
Exit status: 0 ok, 1 failure on a mirror, 2 usage error.
</source>
        <translation>
Jeder Befehl nimmt --db PFAD und --help; Datenbefehle nehmen --json.
mirrorctl --version gibt die Version aus.
Exit-Status: 0 in Ordnung, 1 Fehler auf einem Mirror, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>mirrorctl: no command given</source>
        <translation>mirrorctl: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>mirrorctl: unknown command &quot;%1&quot;</source>
        <translation>mirrorctl: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>The inventory database (default: the console&apos;s own).</source>
        <translation>Die Bestandsdatenbank (Vorgabe: die der Konsole).</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Daten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: mirrorctl %1</source>
        <translation>Aufruf: mirrorctl %1</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>kein Mirror %1 im Bestand</translation>
    </message>
    <message>
        <source>usage: mirrorctl %1</source>
        <translation>Aufruf: mirrorctl %1</translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation>Eine Einstellung.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Ihr neuer Wert.</translation>
    </message>
    <message>
        <source>settings takes a key and a value at most</source>
        <translation>settings nimmt höchstens einen Schlüssel und einen Wert</translation>
    </message>
    <message>
        <source>no setting %1</source>
        <translation>keine Einstellung %1</translation>
    </message>
    <message>
        <source>Print what mirrors sent as it came, control characters and escape sequences included (shown made visible otherwise).</source>
        <translation>Ausgeben, was Mirrors gesendet haben, wie es kam, Steuerzeichen und Escape-Sequenzen eingeschlossen (sonst sichtbar gemacht).</translation>
    </message>
    <message>
        <source>windows without alerts, mails or DNS for a mirror</source>
        <translation>Fenster ohne Warnungen, Mails oder DNS für einen Spiegel</translation>
    </message>
    <message>
        <source>the alert mails owed: pending, send, drop, test</source>
        <translation>die ausstehenden Warn-Mails: pending, send, drop, test</translation>
    </message>
</context>
</TS>
