<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientSyncConf</name>
    <message numerus="yes">
        <source>the file has Windows line endings (%n line(s)): bash keeps a \r at the end of every value, so TO, RSYNC_USER, RSYNC_PASSWORD and MODULE are not what they look like; save it with Unix line endings</source>
        <translation>
            <numerusform>the file has Windows line endings (%n line): bash keeps a \r at the end of every value, so TO, RSYNC_USER, RSYNC_PASSWORD and MODULE are not what they look like; save it with Unix line endings</numerusform>
            <numerusform>the file has Windows line endings (%n lines): bash keeps a \r at the end of every value, so TO, RSYNC_USER, RSYNC_PASSWORD and MODULE are not what they look like; save it with Unix line endings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSyncExpansion</name>
    <message numerus="yes">
        <source>TO holds whitespace: the script expands $TO unquoted, so rsync gets %n words (%1) where one DocumentRoot should be, refuses them (&quot;Unexpected local arg&quot;) and every sync fails with code 1; rename the DocumentRoot or link it from a path without whitespace</source>
        <translation>
            <numerusform>TO holds whitespace: the script expands $TO unquoted, so rsync gets %n word (%1) where one DocumentRoot should be, refuses it (&quot;Unexpected local arg&quot;) and every sync fails with code 1; rename the DocumentRoot or link it from a path without whitespace</numerusform>
            <numerusform>TO holds whitespace: the script expands $TO unquoted, so rsync gets %n words (%1) where one DocumentRoot should be, refuses them (&quot;Unexpected local arg&quot;) and every sync fails with code 1; rename the DocumentRoot or link it from a path without whitespace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds whitespace: the script expands it unquoted, so rsync&apos;s source splits into %n words (%2), rsync refuses them and every sync fails with code 1</source>
        <translation>
            <numerusform>%1 holds whitespace: the script expands it unquoted, so rsync&apos;s source splits into %n word (%2), rsync refuses it and every sync fails with code 1</numerusform>
            <numerusform>%1 holds whitespace: the script expands it unquoted, so rsync&apos;s source splits into %n words (%2), rsync refuses them and every sync fails with code 1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseFileModel</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoLabBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;Demo lab: %n mirror(s) on this machine&lt;/b&gt;, on loopback, a few with faults on purpose. What you change here stays in the demo&apos;s own inventory. To manage real mirrors, add them with &lt;code&gt;mirrorctl add&lt;/code&gt; or &lt;code&gt;mirrorctl import-email&lt;/code&gt; into %1; the console opens that inventory once it exists.</source>
        <translation>
            <numerusform>&lt;b&gt;Demo lab: %n mirror on this machine&lt;/b&gt;, on loopback, a few with faults on purpose. What you change here stays in the demo&apos;s own inventory. To manage real mirrors, add them with &lt;code&gt;mirrorctl add&lt;/code&gt; or &lt;code&gt;mirrorctl import-email&lt;/code&gt; into %1; the console opens that inventory once it exists.</numerusform>
            <numerusform>&lt;b&gt;Demo lab: %n mirrors on this machine&lt;/b&gt;, on loopback, a few with faults on purpose. What you change here stays in the demo&apos;s own inventory. To manage real mirrors, add them with &lt;code&gt;mirrorctl add&lt;/code&gt; or &lt;code&gt;mirrorctl import-email&lt;/code&gt; into %1; the console opens that inventory once it exists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskTab</name>
    <message numerus="yes">
        <source>Database: %n file(s), %1</source>
        <translation>
            <numerusform>Database: %n file, %1</numerusform>
            <numerusform>Database: %n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsKeeper</name>
    <message numerus="yes">
        <source>DNS kept %n mirror(s) judged out, at most %1 removals a sweep</source>
        <translation>
            <numerusform>DNS kept %n mirror judged out, at most %1 removals a sweep</numerusform>
            <numerusform>DNS kept %n mirrors judged out, at most %1 removals a sweep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallVerdict</name>
    <message numerus="yes">
        <source>accepted from/to all %n push master(s)</source>
        <translation>
            <numerusform>accepted from/to the %n push master</numerusform>
            <numerusform>accepted from/to all %n push masters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetSummaryStrip</name>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation>
            <numerusform>%n mirror</numerusform>
            <numerusform>%n mirrors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing %1 of %n</source>
        <translation>
            <numerusform>showing %1 of %n</numerusform>
            <numerusform>showing %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message numerus="yes">
        <source>lagging by %n</source>
        <translation>
            <numerusform>lagging by %n</numerusform>
            <numerusform>lagging by %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ok</source>
        <translation>
            <numerusform>%n ok</numerusform>
            <numerusform>%n ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unknown</source>
        <translation>
            <numerusform>%1, %n unknown</numerusform>
            <numerusform>%1, %n unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldMails</name>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n mail sent</numerusform>
            <numerusform>%n mails sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) dropped</source>
        <translation>
            <numerusform>%n mail dropped</numerusform>
            <numerusform>%n mails dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1 (fix them, or import the rest with --partial)</source>
        <translation>
            <numerusform>nothing imported: %n problem in %1 (fix them, or import the rest with --partial)</numerusform>
            <numerusform>nothing imported: %n problems in %1 (fix them, or import the rest with --partial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n mirror(s)</source>
        <translation>
            <numerusform>imported %n mirror</numerusform>
            <numerusform>imported %n mirrors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message numerus="yes">
        <source>Import %n mirror(s)</source>
        <translation>
            <numerusform>Import %n mirror</numerusform>
            <numerusform>Import %n mirrors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n mirror(s) to the inventory: %1. Paste another e-mail to add more.</source>
        <translation>
            <numerusform>Added %n mirror to the inventory: %1. Paste another e-mail to add more.</numerusform>
            <numerusform>Added %n mirrors to the inventory: %1. Paste another e-mail to add more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSyncRuns</name>
    <message numerus="yes">
        <source>%n file(s) changed, %1 received</source>
        <translation>
            <numerusform>%n file changed, %1 received</numerusform>
            <numerusform>%n files changed, %1 received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the forced command ended; timestamp %n minute(s) old%1</source>
        <translation>
            <numerusform>the forced command ended; timestamp %n minute old%1</numerusform>
            <numerusform>the forced command ended; timestamp %n minutes old%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>partial: %n file(s), some not transferred (%1)</source>
        <translation>
            <numerusform>partial: %n file, some not transferred (%1)</numerusform>
            <numerusform>partial: %n files, some not transferred (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogBrowser</name>
    <message numerus="yes">
        <source>%n line(s) with errors or warnings.</source>
        <translation>
            <numerusform>%n line with errors or warnings.</numerusform>
            <numerusform>%n lines with errors or warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n line, %1.</numerusform>
            <numerusform>%n lines, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Remove %n mirror(s) from the inventory?

%1

Their history and sync runs go with them; the audit trail keeps the removal.</source>
        <translation>
            <numerusform>Remove %n mirror from the inventory?

%1

Its history and sync runs go with it; the audit trail keeps the removal.</numerusform>
            <numerusform>Remove %n mirrors from the inventory?

%1

Their history and sync runs go with them; the audit trail keeps the removal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mirror(s)</source>
        <translation>
            <numerusform>Remove %n mirror</numerusform>
            <numerusform>Remove %n mirrors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MirrorDetailPane</name>
    <message numerus="yes">
        <source>%1 (the current row; %n mirrors selected)</source>
        <translation>
            <numerusform>%1 (the current row; %n mirror selected)</numerusform>
            <numerusform>%1 (the current row; %n mirrors selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message numerus="yes">
        <source>Freshness checked on %n mirror(s); %1 not fresh</source>
        <translation>
            <numerusform>Freshness checked on %n mirror; %1 not fresh</numerusform>
            <numerusform>Freshness checked on %n mirrors; %1 not fresh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupAuditor</name>
    <message numerus="yes">
        <source>%n key line(s) in order</source>
        <translation>
            <numerusform>%n key line in order</numerusform>
            <numerusform>%n key lines in order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>Start clam-clientsync on %n mirror(s)? Shell-mode mirrors show rsync&apos;s log as it runs and can be stopped; a trigger-only mirror syncs through its forced command.</source>
        <translation>
            <numerusform>Start clam-clientsync on %n mirror? Shell-mode mirrors show rsync&apos;s log as it runs and can be stopped; a trigger-only mirror syncs through its forced command.</numerusform>
            <numerusform>Start clam-clientsync on %n mirrors? Shell-mode mirrors show rsync&apos;s log as it runs and can be stopped; a trigger-only mirror syncs through its forced command.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync %n mirror(s)</source>
        <translation>
            <numerusform>Sync %n mirror</numerusform>
            <numerusform>Sync %n mirrors</numerusform>
        </translation>
    </message>
</context>
</TS>
