<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActCommands</name>
    <message>
        <location filename="../cli/ActCommands.cpp" line="26"/>
        <location filename="../cli/ActCommands.cpp" line="82"/>
        <source>no mirror %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="45"/>
        <source>%1: lock not broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="52"/>
        <source>get: print RSYNC_PASSWORD instead of masking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="54"/>
        <source>set: show the change, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="57"/>
        <source>set: also keep the new RSYNC_PASSWORD in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="59"/>
        <source>get or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="60"/>
        <source>The mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="61"/>
        <source>set: KEY=VALUE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="70"/>
        <source>config get MIRROR, or config set MIRROR KEY=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="75"/>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="125"/>
        <source>not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="139"/>
        <source>%1: %2 written, the old one kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="156"/>
        <source>the file was written, but the password was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="157"/>
        <source>no answer from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ActCommands.cpp" line="159"/>
        <source>in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../gui/activity/ActivityPane.cpp" line="31"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/ActivityPane.cpp" line="32"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/ActivityPane.cpp" line="35"/>
        <location filename="../gui/activity/ActivityPane.cpp" line="44"/>
        <source>Mirror Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../gui/activity/AlertTableModel.cpp" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/AlertTableModel.cpp" line="40"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationInfo</name>
    <message>
        <location filename="../core/app/ApplicationInfo.cpp" line="21"/>
        <source>Mirror Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../gui/activity/AuditTableModel.cpp" line="60"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/AuditTableModel.cpp" line="62"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/AuditTableModel.cpp" line="64"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/AuditTableModel.cpp" line="66"/>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/activity/AuditTableModel.cpp" line="68"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../core/inventory/AuditTrail.cpp" line="31"/>
        <source>cannot write the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthTab</name>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="27"/>
        <source>MB sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="38"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="55"/>
        <source>Bytes sent per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="56"/>
        <source>Bytes sent per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="94"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="99"/>
        <source>A trigger-only mirror is never probed: its access log is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="100"/>
        <source>No traffic read yet: refresh the mirror (its access log must be known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="101"/>
        <source>This month: %1 sent in %2 requests (projected %3; the How-to expects %4 to %5). .cvd %6 %, .cdiff %7 %. %8 sent by %9 by the interface counters.
Top user agents: %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="110"/>
        <source>no interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="111"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="118"/>
        <source>Sent per hour, last two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/BandwidthTab.cpp" line="126"/>
        <source>Sent per day, this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSyncConf</name>
    <message>
        <location filename="../core/parsers/ClientSyncConf.cpp" line="172"/>
        <source>%1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/ClientSyncConf.cpp" line="174"/>
        <source>%1 still holds the template&apos;s &quot;changeme&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/ClientSyncConf.cpp" line="176"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/ClientSyncConf.cpp" line="180"/>
        <source>MODULE is &quot;%1&quot;; the push masters serve &quot;clamavdb&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/ClientSyncConf.cpp" line="183"/>
        <source>EXCLUDE lacks &quot;--exclude local_*&quot;: local files would be deleted at every sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSyncConfParser</name>
    <message>
        <location filename="../core/parsers/ClientSyncConf.cpp" line="104"/>
        <source>unterminated quote in %1=; the shell would refuse the whole file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfEdit</name>
    <message>
        <location filename="../core/remote/ConfEdit.cpp" line="52"/>
        <source>the file on the mirror cannot be read as shell: %1; edit it as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/ConfEdit.cpp" line="61"/>
        <source>%1 is not a clam-clientsync.conf key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationTab</name>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="20"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="22"/>
        <source>Reload from the mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="23"/>
        <source>Review and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="24"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="25"/>
        <source>Keep a new password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="50"/>
        <source>clam-clientsync.conf as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="51"/>
        <source>The whole file. RSYNC_PASSWORD=******** keeps the current password; type a new value to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="57"/>
        <source>Shows the change first; writes it only if the file on the mirror is still what was read, after a timestamped copy beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="80"/>
        <source>Could not read the conf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="88"/>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="102"/>
        <source>%1 is trigger-only: any connection starts a sync, so its conf is neither read nor written from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="113"/>
        <source>The conf of %1 is read when this tab is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="130"/>
        <source>Reading %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="140"/>
        <source>%1 on %2, mode %3, read %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="212"/>
        <source>Write this change to %1 on %2?

%3

A timestamped copy of the current file is kept beside it; the write is refused if the file changed on the mirror since it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="216"/>
        <source>Save clam-clientsync.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="217"/>
        <source>Write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="219"/>
        <source>Writing %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="237"/>
        <source>%1 written on %2; the old one kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="246"/>
        <source>in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/ConfigurationTab.cpp" line="249"/>
        <source>Written, but the password was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleBackend</name>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="60"/>
        <source>cannot read the demo lab&apos;s inventory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="65"/>
        <source>the demo lab&apos;s inventory is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="86"/>
        <source>from the demo lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="104"/>
        <source>%1, as expected by the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="251"/>
        <source>%1 replaces %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="256"/>
        <source>%1 recorded in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="257"/>
        <source>%1 trusted until the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="260"/>
        <source>host key %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="313"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="333"/>
        <source>probed and checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="334"/>
        <source>left out of refreshes, checks and DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/ConsoleBackend.cpp" line="351"/>
        <source>%1, %2, admin %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="19"/>
        <source>seconds to connect and get the SSH greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="21"/>
        <source>seconds any one command or transfer may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="23"/>
        <source>mirrors worked on at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="25"/>
        <source>seconds between keepalives of idle sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="27"/>
        <source>hours after which a timestamp makes a mirror old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="29"/>
        <source>hours after which an old mirror is removed from DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="32"/>
        <source>days of probe and check results kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="34"/>
        <source>minutes between freshness checks of the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="36"/>
        <source>mirrors checked over HTTP at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="38"/>
        <source>seconds an HTTP request may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="40"/>
        <source>TTL of the exported db.XY.clamav.net records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="42"/>
        <source>name a country with no fit mirror falls back to (a CNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="64"/>
        <source>%1 takes a host name, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="76"/>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/ConsoleSettings.cpp" line="91"/>
        <source>no setting %1; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentVersionsLookup</name>
    <message>
        <location filename="../core/monitor/CurrentVersionsLookup.cpp" line="13"/>
        <location filename="../core/monitor/CurrentVersionsLookup.cpp" line="24"/>
        <source>current.cvd.clamav.net: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/CurrentVersionsLookup.cpp" line="18"/>
        <source>current.cvd.clamav.net has no TXT record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvdHeaderParser</name>
    <message>
        <location filename="../core/parsers/CvdHeader.cpp" line="20"/>
        <source>truncated CVD header: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/CvdHeader.cpp" line="24"/>
        <source>not a CVD file: the header does not start with &quot;ClamAV-VDB:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/CvdHeader.cpp" line="31"/>
        <source>CVD header has %1 fields, expected at least 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/CvdHeader.cpp" line="42"/>
        <source>CVD header: version, signatures and functionality level must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/CvdHeader.cpp" line="46"/>
        <source>CVD header: &quot;%1&quot; is not an MD5 sum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskFactsReader</name>
    <message>
        <location filename="../core/facts/DiskFacts.cpp" line="49"/>
        <source>the space of DocumentRoot could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/DiskFacts.cpp" line="56"/>
        <source>only %1 of web space for the database; the How-to asks for at least 200 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/DiskFacts.cpp" line="58"/>
        <source>DocumentRoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/DiskFacts.cpp" line="59"/>
        <source>the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/DiskFacts.cpp" line="61"/>
        <source>%1 has %2 free, under the floor of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/DiskFacts.cpp" line="65"/>
        <source>%1% of the inodes of DocumentRoot&apos;s filesystem are used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskTab</name>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="15"/>
        <source>DocumentRoot usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="16"/>
        <source>Home usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="17"/>
        <source>DocumentRoot inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="19"/>
        <source>DocumentRoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="20"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="21"/>
        <source>Inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="41"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="42"/>
        <source>%1 used of %2, %3 free (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="57"/>
        <source>A trigger-only mirror is never probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="58"/>
        <source>Not refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/detail/DiskTab.cpp" line="62"/>
        <source>Database: %n file(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/detail/DiskTab.cpp" line="66"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskUsageParser</name>
    <message>
        <location filename="../core/parsers/DiskUsage.cpp" line="16"/>
        <source>df printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/DiskUsage.cpp" line="26"/>
        <source>not df -P output: the header names neither 1024-blocks nor Inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/DiskUsage.cpp" line="34"/>
        <source>not a df -P line: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="44"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="47"/>
        <source>mirrorctl: %1 needs a passphrase: none in the keychain, none typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="51"/>
        <source>Store it in the keychain? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="72"/>
        <source>Accept this host key (SHA256:...) if the mirror presents it, also in place of a changed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="76"/>
        <source>Private key (default: the mirror&apos;s, then ssh-agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="79"/>
        <source>Seconds the command may run (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="82"/>
        <source>The mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="83"/>
        <source>The command, after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="90"/>
        <source>exec needs a mirror and a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="95"/>
        <source>no mirror %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="98"/>
        <source>%1 is a trigger-only mirror: any command there starts a sync, so exec is refused (use trigger to start a sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="108"/>
        <source>--timeout takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="132"/>
        <source>changed key accepted: %1 replaces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="135"/>
        <source>new key accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ExecCommand.cpp" line="151"/>
        <source>mirrorctl: %1: the command exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactCommands</name>
    <message>
        <location filename="../cli/FactCommands.cpp" line="42"/>
        <source>Show the last stored facts; do not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="45"/>
        <source>Mirrors (default: every enabled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="62"/>
        <source>no mirror %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="102"/>
        <source>never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="229"/>
        <source>The mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="234"/>
        <source>--break-stale takes exactly one mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="262"/>
        <source>Print the log of the run that finished at TIME (ISO 8601, as listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="278"/>
        <source>--run needs one mirror and a time such as 2026-11-24T16:26:03Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="281"/>
        <source>no run of %1 finished at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="361"/>
        <source> requests, .cvd </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="361"/>
        <source> bytes, .cdiff </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FactCommands.cpp" line="362"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../gui/detail/FactTableModel.cpp" line="61"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/FactTableModel.cpp" line="63"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/FactTableModel.cpp" line="65"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/FactTableModel.cpp" line="67"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallJudge</name>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="43"/>
        <source>chains jump too deep to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="60"/>
        <source>a rule the console cannot read may match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="95"/>
        <source>no rule on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="106"/>
        <source>policy %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="113"/>
        <source>no redirect in %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="121"/>
        <source>no nat prerouting chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="148"/>
        <source>the probe did not look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="185"/>
        <source>22/tcp in from the push masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="187"/>
        <source>873/tcp out to the push masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="189"/>
        <source>873/udp out to the push masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="194"/>
        <source>nat PREROUTING redirects 22/tcp from the push masters to sshd&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="195"/>
        <source>sshd listens on 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="212"/>
        <source>no redirect to %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="216"/>
        <source>a REDIRECT whose port nft does not show, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="218"/>
        <source>all push masters redirected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="224"/>
        <source>the console reaches sshd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="226"/>
        <source>connected on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="227"/>
        <source>no connection on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="230"/>
        <source>the mirror reaches its push master on 873/tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="234"/>
        <source>rsync listed the push master&apos;s modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/FirewallVerdict.cpp" line="236"/>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallVerdict</name>
    <message numerus="yes">
        <location filename="../core/facts/FirewallVerdict.cpp" line="179"/>
        <source>accepted from/to all %n push master(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetAlerts</name>
    <message>
        <location filename="../core/fleet/FleetAlerts.cpp" line="14"/>
        <source>%1 turned old: its timestamp is a day old or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/FleetAlerts.cpp" line="16"/>
        <source>%1 has been old for two days: it leaves DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/FleetAlerts.cpp" line="18"/>
        <source>%1 does not answer over HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/FleetAlerts.cpp" line="27"/>
        <source>%1 has a stale lock: no sync runs, yet the lock stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetExport</name>
    <message>
        <location filename="../core/monitor/FleetExport.cpp" line="83"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetRefresher</name>
    <message>
        <location filename="../core/fleet/FleetRefresher.cpp" line="40"/>
        <source>trigger-only: the console sends it nothing but a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/FleetRefresher.cpp" line="41"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/FleetRefresher.cpp" line="73"/>
        <source>the probe&apos;s output is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/FleetRefresher.cpp" line="74"/>
        <source>it stopped early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="88"/>
        <source>stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="93"/>
        <source>fails the setup audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="95"/>
        <source>last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="109"/>
        <source>trigger-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="109"/>
        <source>shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/fleet/FleetTableModel.cpp" line="113"/>
        <source>lagging by %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="117"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="134"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="141"/>
        <source>%1 pass, %2 fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/fleet/FleetTableModel.cpp" line="157"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/fleet/FleetTableModel.cpp" line="157"/>
        <source>%n ok</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="174"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="221"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="223"/>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="225"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="227"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="229"/>
        <source>Timestamp age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="231"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="233"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="235"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="237"/>
        <source>Setup audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="239"/>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="241"/>
        <source>Disk free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetTableModel.cpp" line="243"/>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="26"/>
        <source>Filter mirrors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="28"/>
        <source>Filter mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="29"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="30"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="31"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="50"/>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="53"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="54"/>
        <source>The inventory holds no mirrors yet. Add them with mirrorctl add or mirrorctl import-email, or start the console with the demo lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="60"/>
        <source>Fleet summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="161"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="162"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="167"/>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="181"/>
        <source>unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/fleet/FleetView.cpp" line="186"/>
        <location filename="../gui/fleet/FleetView.cpp" line="189"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/fleet/FleetView.cpp" line="191"/>
        <source>%n mirror(s): %1 · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreshnessJudge</name>
    <message>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="54"/>
        <source>no HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="62"/>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="88"/>
        <source>timestamp %1 h old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="64"/>
        <source>timestamp unavailable: redirected, which freshclam cannot follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="65"/>
        <source>timestamp unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="76"/>
        <source>; old for %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/FreshnessVerdict.cpp" line="84"/>
        <source>serves daily %1, current is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshnessSweep</name>
    <message>
        <location filename="../core/monitor/FreshnessSweep.cpp" line="78"/>
        <source>reference mirror %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/FreshnessSweep.cpp" line="111"/>
        <source>the reference mirror %1 served no daily.cvd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshnessTab</name>
    <message>
        <location filename="../gui/detail/FreshnessTab.cpp" line="20"/>
        <source>Verdict history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/FreshnessTab.cpp" line="45"/>
        <source>Never checked: press Shift+F5, or wait for the hourly check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/FreshnessTab.cpp" line="46"/>
        <source>Up %1 %, fresh %2 % over 7 days (%3 checks); up %4 %, fresh %5 % over 30 days (%6 checks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="17"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="30"/>
        <source>Presented fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="33"/>
        <source>Host key CHANGED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="38"/>
        <source>%1 (%2) presented a key that differs from the one on record in %3.

Someone may be intercepting the connection, or the mirror was reinstalled. Ask the mirror&apos;s admin for the new fingerprint through another channel before accepting it.

On record: %4
Presented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="45"/>
        <source>I checked the presented fingerprint with the admin of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="47"/>
        <source>Replace the recorded key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="51"/>
        <source>Unknown host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="52"/>
        <source>%1 (%2) presented a key the console has not seen. Compare its fingerprint with what the admin sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="55"/>
        <source>Accept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="56"/>
        <source>Trust it until the console closes; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/HostKeyDialog.cpp" line="57"/>
        <source>Accept and remember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyStore</name>
    <message>
        <location filename="../core/ssh/HostKeyStore.cpp" line="163"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyVerdict</name>
    <message>
        <location filename="../core/ssh/HostKeyStore.cpp" line="36"/>
        <source>%1 (%2) presented its known host key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/HostKeyStore.cpp" line="40"/>
        <source>%1 (%2) presented a host key the console does not know yet: %3 (%4). Check it with the mirror&apos;s admin, then accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/HostKeyStore.cpp" line="46"/>
        <source>The host key of %1 (%2) has CHANGED: it now presents %3, but %4 is on record in %5. Someone may be intercepting the connection, or the mirror was reinstalled. The connection was refused. Confirm the new key with the mirror&apos;s admin (changes are announced on the mirrors list); only then accept it, which is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/HostKeyStore.cpp" line="56"/>
        <source>%1 (%2) presented the revoked host key %3 (marked in %4). The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="29"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="54"/>
        <source>%1 is already in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportCommands.cpp" line="64"/>
        <source>nothing imported: %n problem(s) in %1 (fix them, or import the rest with --partial)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="74"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="82"/>
        <source>re-imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportCommands.cpp" line="90"/>
        <source>imported %n mirror(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="100"/>
        <location filename="../cli/ImportCommands.cpp" line="122"/>
        <source>Import the good mirrors even when some are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="103"/>
        <source>The e-mail text, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="108"/>
        <source>import-email takes one file (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="124"/>
        <source>Update mirrors already in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="127"/>
        <source>The lab&apos;s inventory.json, or a JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="132"/>
        <source>import-lab takes one file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="20"/>
        <source>Import the mirrors that are fine, leave the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="21"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="23"/>
        <source>Import new-mirror e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="25"/>
        <source>Paste one or more e-mails here:
  * clamav.foo.com
  * ip address: 1.2.3.4
  * country: Poland
  * admin: John Doe &lt;john.doe@foo.com&gt; || &lt;alerts@foo.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="29"/>
        <source>Pasted e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="34"/>
        <source>Mirrors read from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="69"/>
        <source>Import %n mirror(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportEmailDialog.cpp" line="77"/>
        <source>a pasted e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="50"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="51"/>
        <source>%1 &lt;%2&gt;, alerts to &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="53"/>
        <source>already in the inventory: left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="53"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="65"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="67"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="69"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="71"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mirrors/ImportPreviewModel.cpp" line="73"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="57"/>
        <source>The mirror&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="62"/>
        <source>add takes exactly one mirror name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="69"/>
        <source>unknown country &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="73"/>
        <source>--admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="79"/>
        <source>--port %1 is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="86"/>
        <source>--mode is shell or trigger-only, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="103"/>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="110"/>
        <source>The mirror to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="114"/>
        <source>remove takes exactly one mirror name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="120"/>
        <source>no mirror %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="126"/>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="149"/>
        <source>(disabled) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="169"/>
        <source>--format is json or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InventoryCommands.cpp" line="182"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryDatabase</name>
    <message>
        <location filename="../core/inventory/InventoryDatabase.cpp" line="129"/>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryDatabase.cpp" line="133"/>
        <source>cannot open the inventory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryDatabase.cpp" line="159"/>
        <source>%1 was written by a newer Mirror Console (schema %2, this one knows %3); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryDatabase.cpp" line="172"/>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryDatabase.cpp" line="177"/>
        <source>cannot record schema %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryExchange</name>
    <message>
        <location filename="../core/inventory/InventoryExchange.cpp" line="59"/>
        <source>%1 is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryExchange.cpp" line="87"/>
        <source>access mode &quot;%1&quot; is neither shell nor trigger-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryExchange.cpp" line="114"/>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryExchange.cpp" line="119"/>
        <source>no &quot;mirrors&quot; array at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryExchange.cpp" line="127"/>
        <source>mirror %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryExchange.cpp" line="130"/>
        <source>mirror %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IptablesSaveParser</name>
    <message>
        <location filename="../core/parsers/IptablesSave.cpp" line="83"/>
        <source>a rule before any *table line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/IptablesSave.cpp" line="93"/>
        <source>not an iptables-save line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/IptablesSave.cpp" line="125"/>
        <source>port &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSyncRuns</name>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="14"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="16"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="18"/>
        <source>checking the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="20"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="22"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="24"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="69"/>
        <source>sync from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="100"/>
        <source>never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="103"/>
        <source>the result was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="201"/>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="205"/>
        <source>stopped waiting; the sync goes on on the mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="204"/>
        <source>stopped following; the sync goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="217"/>
        <source>the forced command exited with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="225"/>
        <source>the forced command ended; refresh the freshness to see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="236"/>
        <source>clam-clientsync exited with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="243"/>
        <source>%n file(s) changed, %1 received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="248"/>
        <source>rsync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="251"/>
        <source>the log ends before rsync&apos;s totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="265"/>
        <source>the forced command ended, but the mirror does not answer over HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="271"/>
        <source>the forced command ended, but the mirror serves no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="277"/>
        <source>, daily %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/fleet/LiveSyncRuns.cpp" line="280"/>
        <source>the forced command ended; timestamp %n minute(s) old%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSyncTableModel</name>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="95"/>
        <source>followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="96"/>
        <source>trigger-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="97"/>
        <source>shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="117"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="119"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="121"/>
        <source>Push master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="123"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="125"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/LiveSyncTableModel.cpp" line="127"/>
        <source>Result or latest line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <location filename="../core/facts/LockState.cpp" line="29"/>
        <source>no lock, yet a sync is running: it runs unlocked (is DocumentRoot writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/LockState.cpp" line="31"/>
        <source>no lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/LockState.cpp" line="33"/>
        <source>held by a running sync for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/LockState.cpp" line="36"/>
        <source>stale for %1: the next sync will force it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/LockState.cpp" line="37"/>
        <source>stale for %1, no sync running: syncs refuse to start until %2 UTC, when the next one forces it away; break it to sync sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/LockState.cpp" line="43"/>
        <source>unknown: the probe could not read the lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockTab</name>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="14"/>
        <source>Break stale lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="19"/>
        <source>Only a stale lock can be broken: one held by a running sync never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="40"/>
        <source>%1 is trigger-only: its lock is seen over HTTP only, as the freshness check reports a sync in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="43"/>
        <source>Not refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="48"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="49"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="51"/>
        <source>Lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="53"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="54"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="57"/>
        <source>Forced away by the next run from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="63"/>
        <source>Sync processes seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="63"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="71"/>
        <source>Remove the sync lock of %1?

No sync of %1 is running now; the mirror checks again before removing it, and refuses if one started meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="74"/>
        <source>Break stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/LockTab.cpp" line="75"/>
        <source>Break the lock of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/MainWindow.cpp" line="29"/>
        <source>Mirror Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="38"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="40"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="42"/>
        <source>Probe every shell-mode mirror: one round trip each (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="44"/>
        <source>Refresh selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="46"/>
        <source>Probe the selected mirrors only (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="49"/>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="56"/>
        <source>Mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="61"/>
        <source>Import new-mirror e-mails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="67"/>
        <source>Disable selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="69"/>
        <source>Enable selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="71"/>
        <source>Remove selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="73"/>
        <source>Find mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="77"/>
        <source>Check freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="79"/>
        <source>Check every enabled mirror over HTTP now, trigger-only ones too (Shift+F5); it runs every hour in any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="82"/>
        <source>Sync selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="84"/>
        <source>Start clam-clientsync on the selected mirrors (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="87"/>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="93"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="112"/>
        <source>Refreshing: %1 of %2 mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="117"/>
        <source>Refreshed %1 mirrors; %2 could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="118"/>
        <source>Refreshed %1 mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="126"/>
        <source>Checking freshness: %1 of %2 mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/MainWindow.cpp" line="133"/>
        <source>Freshness checked on %n mirror(s); %1 not fresh</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="138"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="139"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="142"/>
        <source>Inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="152"/>
        <source>Demo lab running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="159"/>
        <source>Select the mirrors to sync in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="190"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="197"/>
        <source>Select the mirrors to remove in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="203"/>
        <source>Remove mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/MainWindow.cpp" line="204"/>
        <source>Remove %n mirror(s) from the inventory?

%1

Their history and sync runs go with them; the audit trail keeps the removal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/MainWindow.cpp" line="208"/>
        <source>Remove %n mirror(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="211"/>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MirrorDetailPane</name>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="17"/>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="28"/>
        <source>Setup audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="18"/>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="29"/>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="23"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="24"/>
        <source>Sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="25"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="26"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="27"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="30"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="31"/>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="48"/>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="55"/>
        <source>The rules could not be read; reachability was tested for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/MirrorDetailPane.cpp" line="56"/>
        <source>Rules read with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MirrorInventory</name>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="105"/>
        <source>name &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="107"/>
        <source>address &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="109"/>
        <source>country &quot;%1&quot; is not an ISO 3166 alpha-2 code such as PL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="111"/>
        <source>ssh port 0 is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="113"/>
        <source>no user to log in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="115"/>
        <source>admin e-mail &quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="117"/>
        <source>alerts e-mail &quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="125"/>
        <location filename="../core/inventory/MirrorInventory.cpp" line="134"/>
        <source>mirror %1 not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="127"/>
        <source>mirror %1 is already in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="143"/>
        <location filename="../core/inventory/MirrorInventory.cpp" line="153"/>
        <source>mirror %1 not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="155"/>
        <source>mirror %1 is no longer in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="165"/>
        <source>mirror not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/MirrorInventory.cpp" line="167"/>
        <source>no mirror with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="35"/>
        <source>no mirror %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="44"/>
        <source>Uptime over the last N days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="55"/>
        <source>--days takes a whole number of days, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="77"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="88"/>
        <source>Ask this DNS server for current.cvd.clamav.net (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="91"/>
        <source>Take the current daily from this mirror instead of DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="95"/>
        <location filename="../cli/MonitorCommands.cpp" line="153"/>
        <source>Mirrors (default: every enabled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="118"/>
        <source>mirrorctl: %1; lagging is not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="150"/>
        <source>Print the status as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="180"/>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="194"/>
        <source>Only db.XY.clamav.net of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="196"/>
        <location filename="../cli/MonitorCommands.cpp" line="222"/>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MonitorCommands.cpp" line="213"/>
        <source>no mirror in country %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetDevParser</name>
    <message>
        <location filename="../core/parsers/NetDevCounters.cpp" line="14"/>
        <source>not /proc/net/dev: its two header lines are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NetDevCounters.cpp" line="22"/>
        <source>no &quot;interface:&quot; at the start of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NetDevCounters.cpp" line="26"/>
        <source>%1 counters where /proc/net/dev has 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NetDevCounters.cpp" line="36"/>
        <source>a counter of %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMirrorEmailParser</name>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="43"/>
        <source>more than one &quot;||&quot; in the admin field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="56"/>
        <source>&quot;%1&quot; holds no valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="60"/>
        <source>&quot;%1&quot; is not a valid alerts address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="116"/>
        <source>&quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="123"/>
        <source>unknown field &quot;%1&quot;; expected ip address, country or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="127"/>
        <source>&quot;%1&quot; comes before any mirror&apos;s host line (&quot;* host.name&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="135"/>
        <source>unknown country &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="145"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="151"/>
        <source>ip address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="153"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="155"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="159"/>
        <source>%1 lacks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NewMirrorEmail.cpp" line="164"/>
        <source>no mirror found: expected a line &quot;* host.name&quot; followed by ip address, country and admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NftJsonParser</name>
    <message>
        <location filename="../core/parsers/NftJson.cpp" line="96"/>
        <source>not nft JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/parsers/NftJson.cpp" line="100"/>
        <source>no &quot;nftables&quot; array: not the output of nft -j list ruleset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="16"/>
        <source>Break stale lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="17"/>
        <source>Sync now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="24"/>
        <source>Only a stale lock can be broken: one held by a running sync never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="39"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="55"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="55"/>
        <source>%1, ssh port %2, user %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="56"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="57"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="58"/>
        <source>trigger-only: the console sends nothing but a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="59"/>
        <source>shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="60"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="62"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="63"/>
        <source>%1 &lt;%2&gt;, alerts to &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="64"/>
        <source>Push master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="68"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="70"/>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="71"/>
        <source>%1 h old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="75"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="75"/>
        <source>no warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="76"/>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="82"/>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="83"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="95"/>
        <source>Remove the sync lock of %1?

No sync of %1 is running now; the mirror checks again before removing it, and refuses if one started meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="98"/>
        <source>Break stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="99"/>
        <source>Break the lock of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/OverviewTab.cpp" line="101"/>
        <source>Breaking the lock of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../gui/preferences/PreferencesDialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/preferences/PreferencesDialog.cpp" line="21"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/preferences/PreferencesDialog.cpp" line="23"/>
        <source>Inventory: %1
Settings: %2
The SSH identity is the agent&apos;s keys or a mirror&apos;s own key file, set per mirror.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeHistory</name>
    <message>
        <location filename="../core/inventory/ProbeHistory.cpp" line="21"/>
        <source>cannot store a %1 result: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/ProbeHistory.cpp" line="66"/>
        <source>cannot prune the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeOutputParser</name>
    <message>
        <location filename="../core/remote/ProbeOutput.cpp" line="61"/>
        <source>expected a section to begin; the probe&apos;s output is garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/ProbeOutput.cpp" line="64"/>
        <source>a section&apos;s header was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/ProbeOutput.cpp" line="72"/>
        <source>section %1 never ended: the probe was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/ProbeOutput.cpp" line="87"/>
        <source>section %1 ended without its exit status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteConfEditor</name>
    <message>
        <location filename="../core/fleet/RemoteConfEditor.cpp" line="53"/>
        <source>not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/RemoteConfEditor.cpp" line="55"/>
        <source>nothing to write: the text is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/RemoteConfEditor.cpp" line="57"/>
        <source>not written: the edit was not made on the text read from the mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/RemoteConfEditor.cpp" line="90"/>
        <source>no backup, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fleet/RemoteConfEditor.cpp" line="108"/>
        <source>%1 (backup %2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="12"/>
        <source>no secret is stored for %1 (or the keychain is locked: unlock it and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="17"/>
        <source>the keychain refused access to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="21"/>
        <source>the system keychain is not available (%1); secrets cannot be stored or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="25"/>
        <source>keychain error for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <location filename="../gui/preferences/SettingsTableModel.cpp" line="50"/>
        <source>%1 to %2; default %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/preferences/SettingsTableModel.cpp" line="91"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/preferences/SettingsTableModel.cpp" line="93"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/preferences/SettingsTableModel.cpp" line="95"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupAudit</name>
    <message numerus="yes">
        <location filename="../core/facts/SetupAudit.cpp" line="193"/>
        <source>%n key line(s) in order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupAuditor</name>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="89"/>
        <source>%1 has mode %2 and belongs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="95"/>
        <source>mode %1, owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="96"/>
        <source>chmod %1 %2; chown %3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="99"/>
        <location filename="../core/facts/SetupAudit.cpp" line="151"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="100"/>
        <source>create %1 as the How-to says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="107"/>
        <source>the account&apos;s shell is /bin/sh or /bin/bash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="109"/>
        <source>shell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="109"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="110"/>
        <source>chsh -s /bin/bash %1: with another shell the forced command cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="116"/>
        <source>%1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="118"/>
        <source>not found in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="120"/>
        <source>install procmail, which provides lockfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="121"/>
        <source>install rsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="126"/>
        <source>clam-clientsync.conf sets TO, RSYNC_USER, RSYNC_PASSWORD, MODULE and EXCLUDE as the How-to says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="130"/>
        <source>edit the configuration (Configuration tab, or mirrorctl config set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="137"/>
        <source>all five keys set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="141"/>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="150"/>
        <source>TO (the DocumentRoot) exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="151"/>
        <location filename="../core/facts/SetupAudit.cpp" line="156"/>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="153"/>
        <source>%1 is not writable by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="154"/>
        <source>make %1 writable by %2: without that lockfile fails and the script syncs with no lock at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="160"/>
        <source>local_test answers &quot;Success&quot; for Host: db.test.clamav.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="162"/>
        <source>served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="162"/>
        <source>not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="163"/>
        <source>no HTTP check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="164"/>
        <source>echo Success &gt; %1/local_test; chmod 644 it; check the vhost&apos;s server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="169"/>
        <source>forced-command keys carry no-port-forwarding, no-X11-forwarding, no-agent-forwarding and no-pty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="173"/>
        <source>copy authorized_keys_noshell or authorized_keys_shell as the How-to says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="186"/>
        <source>line %1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="192"/>
        <source>no key at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/SetupAudit.cpp" line="198"/>
        <source>~/.ssh/authorized_keys cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SftpChannel</name>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="56"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="57"/>
        <source>the connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="66"/>
        <source>the session is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="74"/>
        <source>cannot start SFTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="86"/>
        <location filename="../core/ssh/SftpChannel.cpp" line="104"/>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="96"/>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="99"/>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="111"/>
        <source>%1 grew past %2 bytes while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="124"/>
        <source>cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="128"/>
        <source>%1 was removed on the mirror since it was read; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="138"/>
        <source>%1 already exists on the mirror; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="145"/>
        <location filename="../core/ssh/SftpChannel.cpp" line="223"/>
        <source>%1 was changed on the mirror since it was read; nothing was written. Read it again and redo the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="179"/>
        <source>cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="184"/>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="193"/>
        <source>cannot flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="200"/>
        <source>cannot set the mode of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="222"/>
        <source>%1 appeared on the mirror meanwhile; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SftpChannel.cpp" line="230"/>
        <source>cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshExecChannel</name>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="41"/>
        <source>cannot open a channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="45"/>
        <source>the command was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="52"/>
        <source>cancelled while running the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="56"/>
        <location filename="../core/ssh/SshExecChannel.cpp" line="66"/>
        <source>the connection dropped while the command ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="77"/>
        <source>the connection dropped while the command ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="80"/>
        <source>the command did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshExecChannel.cpp" line="87"/>
        <source>the command ended without an exit status (killed on the mirror, or the connection dropped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshPool</name>
    <message>
        <location filename="../core/ssh/SshPool.cpp" line="35"/>
        <source>%1 is a trigger-only mirror: any %2 there starts a sync, so the console does not send one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshPool.cpp" line="47"/>
        <location filename="../core/ssh/SshPool.cpp" line="96"/>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshPool.cpp" line="65"/>
        <location filename="../core/ssh/SshPool.cpp" line="82"/>
        <source>SFTP request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="108"/>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="138"/>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="142"/>
        <source>connecting was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="147"/>
        <source>no SSH greeting within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="170"/>
        <source>the server sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="175"/>
        <source>cannot read the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="195"/>
        <source>the ssh-agent&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="211"/>
        <source>cannot load the key %1 (wrong or missing passphrase, or not a private key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="221"/>
        <source>no identity to log in with: no ssh-agent and no key file set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="223"/>
        <source>%1 refused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="223"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="230"/>
        <source>the session is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="239"/>
        <source>the connection is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActivityPane</name>
    <message>
        <location filename="../gui/sync/SyncActivityPane.cpp" line="20"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncActivityPane.cpp" line="21"/>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncActivityPane.cpp" line="28"/>
        <source>Syncs under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncActivityPane.cpp" line="32"/>
        <source>Live sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncActivityPane.cpp" line="34"/>
        <source>Stop the selected sync: a queued one never starts, a running one on a shell mirror is stopped and its lock removed; a trigger-only mirror&apos;s sync goes on, the console stops waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncActivityPane.cpp" line="37"/>
        <source>Cancel every sync of this session that has not ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="81"/>
        <source>no mirror %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="93"/>
        <source>Push master: rsync1 or rsync2 (default: the mirror&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="96"/>
        <source>Follow the syncs to their end, printing their logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="98"/>
        <source>Mirrors to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="105"/>
        <source>trigger needs at least one mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="123"/>
        <source>sync from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="130"/>
        <source>%1: sync from %2 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="135"/>
        <source>%1 is trigger-only: the sync runs while the connection stays open; waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="147"/>
        <source>Mirrors whose sync to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="153"/>
        <source>follow needs at least one mirror</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="18"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="24"/>
        <source>%1 (trigger-only, from %2: its forced command decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="31"/>
        <source>Mirrors to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="32"/>
        <source>Each mirror&apos;s own push master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="35"/>
        <source>Push master</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/sync/SyncDialog.cpp" line="38"/>
        <source>Start clam-clientsync on %n mirror(s)? Shell-mode mirrors show rsync&apos;s log as it runs and can be stopped; a trigger-only mirror syncs through its forced command.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="44"/>
        <source>Push master:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/sync/SyncDialog.cpp" line="46"/>
        <source>Sync %n mirror(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/sync/SyncDialog.cpp" line="57"/>
        <source>The push master chosen here reaches trigger-only mirrors as the command&apos;s argument; their forced command may use its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunStore</name>
    <message>
        <location filename="../core/inventory/SyncRunStore.cpp" line="88"/>
        <source>cannot store a sync run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunTableModel</name>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="38"/>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="64"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="66"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="68"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="70"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="72"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunTableModel.cpp" line="74"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunsTab</name>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="22"/>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="126"/>
        <source>Follow it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="29"/>
        <source>Sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="33"/>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="36"/>
        <source>Read the running sync&apos;s log as rsync writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="120"/>
        <source>A sync is running; an earlier run is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="121"/>
        <source>Show the live log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="131"/>
        <source>A sync from %1 runs through the forced command: a trigger-only mirror shows no log; its result is read over HTTP when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="135"/>
        <source>A sync started elsewhere is running; its log grows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="137"/>
        <source>A sync from %1 waits for the mirror&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="138"/>
        <source>A sync from %1 is running; its log grows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="151"/>
        <source>The sync ended: %1 — %2. Its log joins the runs at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="161"/>
        <source>The last refresh saw a sync running, started elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/SyncRunsTab.cpp" line="178"/>
        <source>The log of this run is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficReader</name>
    <message>
        <location filename="../core/facts/TrafficFacts.cpp" line="134"/>
        <source>%1 so far, on pace for %2: below the expected %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/TrafficFacts.cpp" line="136"/>
        <source>%1 so far, on pace for %2: above the expected %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/facts/TrafficFacts.cpp" line="137"/>
        <source>%1 so far, on pace for %2: within the expected %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictHistoryModel</name>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="43"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="52"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="67"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="69"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="71"/>
        <source>Timestamp age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="73"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="75"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/detail/VerdictHistoryModel.cpp" line="77"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="23"/>
        <source>Desktop console for administering a fleet of ClamAV database mirrors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="29"/>
        <source>Inventory of a running demo lab, shown while the console has no inventory of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorctl</name>
    <message>
        <location filename="../cli/main.cpp" line="30"/>
        <source>add a mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="32"/>
        <source>remove a mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="34"/>
        <source>list the mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="37"/>
        <source>export the inventory as JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="40"/>
        <source>add mirrors from new-mirror e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="43"/>
        <source>add mirrors from a lab inventory or JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="46"/>
        <source>run a command on a shell-mode mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="49"/>
        <source>start clam-clientsync on mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="52"/>
        <source>the running sync&apos;s log as it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="55"/>
        <source>read or change clam-clientsync.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="58"/>
        <source>list, read or change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="61"/>
        <source>probe mirrors: one round trip each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="64"/>
        <source>freshness over HTTP: fresh, lagging, old, removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="67"/>
        <source>the stored verdicts with uptime, as text, JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="70"/>
        <source>BIND lines of db.XY.clamav.net from the verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="73"/>
        <source>the mirrors list page as static HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="76"/>
        <source>what the last refresh learnt, without connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="79"/>
        <source>the sync lock: absent, held or stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="82"/>
        <source>DocumentRoot and home space, database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="85"/>
        <source>the How-to&apos;s firewall rules, judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="88"/>
        <source>the setup checked against the How-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="91"/>
        <source>traffic this month from the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="94"/>
        <source>sync runs seen first by this refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="101"/>
        <source>Usage: mirrorctl COMMAND [options]
Command-line face of Mirror Console, for scripts and monitoring.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="109"/>
        <source>
Every command takes --db PATH and --help; data commands take --json.
mirrorctl --version prints the version.
Exit status: 0 ok, 1 failure on a mirror, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="130"/>
        <source>mirrorctl: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="146"/>
        <source>mirrorctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="14"/>
        <source>The inventory database (default: the console&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="18"/>
        <source>Print data as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="24"/>
        <source>Usage: mirrorctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="76"/>
        <source>usage: mirrorctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliSsh.cpp" line="16"/>
        <source>%1, as expected by the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SettingsCommand.cpp" line="14"/>
        <source>A setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SettingsCommand.cpp" line="17"/>
        <source>Its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SettingsCommand.cpp" line="24"/>
        <source>settings takes a key and a value at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SettingsCommand.cpp" line="44"/>
        <source>no setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
