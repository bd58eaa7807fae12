<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplicationInfo</name>
    <message>
        <location filename="../core/app/ApplicationInfo.cpp" line="21"/>
        <source>Mirror Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/MainWindow.cpp" line="8"/>
        <source>Mirror Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="9"/>
        <source>The inventory holds no mirrors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="12"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/MainWindow.cpp" line="18"/>
        <source>Demo lab running: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="19"/>
        <source>Desktop console for administering a fleet of ClamAV database mirrors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="25"/>
        <source>Inventory of a running demo lab, shown while the console has no inventory of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorctl</name>
    <message>
        <location filename="../cli/main.cpp" line="22"/>
        <source>Command-line face of Mirror Console, for scripts and monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="27"/>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="33"/>
        <source>mirrorctl: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="35"/>
        <source>mirrorctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
