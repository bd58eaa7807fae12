<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mirror Console</source>
        <translation>Mirror Console について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mirror Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mirror Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Runs a fleet of ClamAV database mirrors over SSH and HTTP: their freshness, syncs, locks, disk, bandwidth and firewalls.</source>
        <translation>ClamAV データベースミラーのフリートを SSH と HTTP で運用します: 鮮度、同期、ロック、ディスク、帯域、ファイアウォール。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>ライブラリのバージョン</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>GNU General Public License バージョン 3 以降のもとでのフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>ActCommands</name>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>インベントリにミラー %1 はありません</translation>
    </message>
    <message>
        <source>%1: lock not broken: %2</source>
        <translation>%1: ロックを解除できませんでした: %2</translation>
    </message>
    <message>
        <source>get: print RSYNC_PASSWORD instead of masking it.</source>
        <translation>get: RSYNC_PASSWORD を伏せずに表示します。</translation>
    </message>
    <message>
        <source>set: show the change, write nothing.</source>
        <translation>set: 変更内容を表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>set: also keep the new RSYNC_PASSWORD in the system keychain.</source>
        <translation>set: 新しい RSYNC_PASSWORD をシステムのキーチェーンにも保存します。</translation>
    </message>
    <message>
        <source>get or set</source>
        <translation>get または set</translation>
    </message>
    <message>
        <source>The mirror.</source>
        <translation>対象のミラー。</translation>
    </message>
    <message>
        <source>config get MIRROR, or config set MIRROR KEY=VALUE...</source>
        <translation>config get MIRROR、または config set MIRROR KEY=VALUE...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>&quot;%1&quot; は KEY=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>書き込んでいません: %1</translation>
    </message>
    <message>
        <source>%1: %2 written, the old one kept as %3</source>
        <translation>%1: %2 を書き込み、旧版を %3 として保存しました</translation>
    </message>
    <message>
        <source>the file was written, but the password was not kept: %1</source>
        <translation>ファイルは書き込みましたが、パスワードは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>no answer from the keychain</source>
        <translation>キーチェーンから応答がありません</translation>
    </message>
    <message>
        <source>set: RSYNC_PASSWORD is the one kept in the system keychain for the mirror.</source>
        <translation>set: RSYNC_PASSWORD には、システムのキーチェーンにこのミラー用に保存されたものを使います。</translation>
    </message>
    <message>
        <source>set: KEY=VALUE ...; the password never on the command line (every user can read it there): RSYNC_PASSWORD asks for it, RSYNC_PASSWORD=- reads it from standard input</source>
        <translation>set: キー=値 ...; パスワードはコマンドラインに書きません(そこでは全ユーザーが読めます): RSYNC_PASSWORD で入力を求め、RSYNC_PASSWORD=- で標準入力から読みます</translation>
    </message>
    <message>
        <source>New RSYNC_PASSWORD: </source>
        <translation>新しい RSYNC_PASSWORD: </translation>
    </message>
    <message>
        <source>RSYNC_PASSWORD asks on a terminal, and there is none: give RSYNC_PASSWORD=- and the password on standard input</source>
        <translation>RSYNC_PASSWORD は端末で入力を求めますが、端末がありません: RSYNC_PASSWORD=- を指定し、パスワードを標準入力から渡してください</translation>
    </message>
    <message>
        <source>the password is not taken from the command line, where every user of this machine can read it: give RSYNC_PASSWORD to be asked, RSYNC_PASSWORD=- to read it from standard input, or --password-from-keychain</source>
        <translation>パスワードは、このマシンの全ユーザーが読めるコマンドラインからは受け取りません: 入力を求めるには RSYNC_PASSWORD、標準入力から読むには RSYNC_PASSWORD=-、または --password-from-keychain を指定してください</translation>
    </message>
    <message>
        <source>RSYNC_PASSWORD=-: nothing on standard input</source>
        <translation>RSYNC_PASSWORD=-: 標準入力に何もありません</translation>
    </message>
    <message>
        <source>no RSYNC_PASSWORD for %1 in the keychain: %2</source>
        <translation>キーチェーンに %1 の RSYNC_PASSWORD がありません: %2</translation>
    </message>
    <message>
        <source>set: also save the file with Unix line endings (a file edited on Windows).</source>
        <translation>set: ファイルを Unix の改行でも保存します(Windows で編集されたファイル)。</translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Mirror Console</source>
        <translation>Mirror Console</translation>
    </message>
    <message>
        <source>%1: fine again (%2)</source>
        <translation>%1: 正常に戻った(%2)</translation>
    </message>
    <message>
        <source>%1: still %2</source>
        <translation>%1: 引き続き %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>AlertBook</name>
    <message>
        <source>cannot read the alerts: %1</source>
        <translation>アラートを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot record the alerts: %1</source>
        <translation>アラートを記録できません: %1</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <source>%1 checks in a row without an HTTP answer; the last: %2</source>
        <translation>%1 回連続で HTTP の応答なし。最後: %2</translation>
    </message>
    <message>
        <source>%1 daily versions behind since %2: %3</source>
        <translation>%2 から daily が %1 バージョン遅れ: %3</translation>
    </message>
    <message>
        <source>the mirror&apos;s key is accepted</source>
        <translation>ミラーの鍵は承認済み</translation>
    </message>
    <message>
        <source>%1 failed syncs in a row; the last: %2</source>
        <translation>同期が %1 回連続で失敗。最後: %2</translation>
    </message>
    <message>
        <source>the last sync succeeded</source>
        <translation>最後の同期は成功</translation>
    </message>
    <message>
        <source>%1 free on %2, where DocumentRoot is; at least %3 wanted</source>
        <translation>DocumentRoot のある %2 の空きは %1。%3 以上が必要</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; the fix: %3</source>
        <translation>%1: %2。対処: %3</translation>
    </message>
    <message>
        <source>every firewall check passes</source>
        <translation>ファイアウォールの検査はすべて合格</translation>
    </message>
    <message>
        <source>presented %1; on record: %2</source>
        <translation>提示された鍵 %1、記録済み: %2</translation>
    </message>
    <message>
        <source>%1 of %2 mirrors gave no HTTP answer in one sweep, more than %3 %: the checker&apos;s own network is the likelier cause. Their unreachable checks were not counted and DNS was left as it was.</source>
        <translation>1 回の巡回で %2 台中 %1 台のミラーが HTTP に応答しませんでした（%3 % 超）。原因はチェッカー自身のネットワークである可能性が高いため、これらの無応答は数えず、DNS も変更していません。</translation>
    </message>
    <message>
        <source>%1 of %2 mirrors gave no HTTP answer in the last sweep</source>
        <translation>直近の巡回で %2 台中 %1 台のミラーが HTTP に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message>
        <source>timestamp a day old</source>
        <translation>タイムスタンプが一日古い</translation>
    </message>
    <message>
        <source>The file timestamp, uploaded by the team every three hours, is a day old or cannot be fetched. Check that clam-clientsync runs and ends well: its log is ~/rsync.log.0 (or ~/rsync.log). A mirror old for a second day is taken out of DNS.</source>
        <translation>チームが 3 時間ごとにアップロードするファイル timestamp が一日古いか、取得できません。clam-clientsync が動いて正常に終わるか確認してください。ログは ~/rsync.log.0(または ~/rsync.log)です。二日目も古いミラーは DNS から外されます。</translation>
    </message>
    <message>
        <source>taken out of DNS</source>
        <translation>DNS から削除</translation>
    </message>
    <message>
        <source>The timestamp has been old for two days: the mirror leaves its country&apos;s DNS record until a check finds it fresh again.</source>
        <translation>タイムスタンプが二日間古いままです。検査で再び最新と判定されるまで、ミラーは国別の DNS レコードから外されます。</translation>
    </message>
    <message>
        <source>no answer over HTTP</source>
        <translation>HTTP の応答なし</translation>
    </message>
    <message>
        <source>Check the web server that serves DocumentRoot as database.clamav.net and db.*.clamav.net, and that port 80 is open.</source>
        <translation>DocumentRoot を database.clamav.net と db.*.clamav.net として配信する Web サーバーと、ポート 80 が開いているかを確認してください。</translation>
    </message>
    <message>
        <source>serving old database versions</source>
        <translation>古いデータベースを配信中</translation>
    </message>
    <message>
        <source>The mirror answers, but serves a daily version behind the current one. Check that rsync completes and that the web server serves the directory clam-clientsync writes (TO in clam-clientsync.conf).</source>
        <translation>ミラーは応答していますが、最新より古い daily を配信しています。rsync が最後まで完了するか、Web サーバーが clam-clientsync の書き込むディレクトリ(clam-clientsync.conf の TO)を配信しているか確認してください。</translation>
    </message>
    <message>
        <source>a stale lock file</source>
        <translation>残されたロックファイル</translation>
    </message>
    <message>
        <source>The lock file Archive-Update-in-Progress-&lt;hostname&gt; in DocumentRoot was left behind by a sync that no longer runs: no sync starts until it is removed, or two hours after it was last touched.</source>
        <translation>DocumentRoot のロックファイル Archive-Update-in-Progress-&lt;hostname&gt; が、もう動いていない同期によって残されています。削除されるか、最後の更新から 2 時間経つまで同期は始まりません。</translation>
    </message>
    <message>
        <source>syncs failing</source>
        <translation>同期の失敗</translation>
    </message>
    <message>
        <source>rsync&apos;s error is above. &quot;auth failed on module&quot; means a wrong RSYNC_PASSWORD in ~/etc/clam-clientsync.conf; &quot;Connection refused&quot; or a timeout means outgoing 873/tcp is blocked.</source>
        <translation>rsync のエラーは上のとおりです。「auth failed on module」は ~/etc/clam-clientsync.conf の RSYNC_PASSWORD の誤り、「Connection refused」やタイムアウトは送信方向の 873/tcp が遮断されていることを示します。</translation>
    </message>
    <message>
        <source>little free disk space</source>
        <translation>ディスクの空き容量不足</translation>
    </message>
    <message>
        <source>The How-to asks for at least 200 MB free for the web space; a full disk stops the sync halfway.</source>
        <translation>How-to は Web 領域に 200 MB 以上の空きを求めています。ディスクが一杯になると同期は途中で止まります。</translation>
    </message>
    <message>
        <source>a firewall rule missing</source>
        <translation>ファイアウォールの規則の不足</translation>
    </message>
    <message>
        <source>The How-to&apos;s firewall lets 22/tcp in from the push masters and 873/tcp and 873/udp out. The commands that mend it are above.</source>
        <translation>How-to のファイアウォールは、プッシュマスターからの 22/tcp の受信と、873/tcp と 873/udp の送信を許可します。直すためのコマンドは上のとおりです。</translation>
    </message>
    <message>
        <source>a changed host key</source>
        <translation>ホスト鍵の変更</translation>
    </message>
    <message>
        <source>Nothing is sent to the mirror until an operator has checked the new key with its admin and accepted it.</source>
        <translation>オペレーターが管理者と新しい鍵を確認して承認するまで、ミラーには何も送られません。</translation>
    </message>
    <message>
        <source>the checker&apos;s own sweep failed</source>
        <translation>検査自体の失敗</translation>
    </message>
    <message>
        <source>Much of the fleet failed at once, which points at the checker&apos;s own network: DNS was left as it was.</source>
        <translation>フリートの多くが同時に失敗しました。検査側のネットワークが原因と考えられるため、DNS は変更していません。</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] Reminder: %1: %2</source>
        <translation>[ClamAV ミラー] 再通知: %1: %2</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] %1 is fine again: %2</source>
        <translation>[ClamAV ミラー] %1 は正常に戻りました: %2</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] %1: %2</source>
        <translation>[ClamAV ミラー] %1: %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>こんにちは。</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>%1 様</translation>
    </message>
    <message>
        <source>the monitoring of the ClamAV database mirrors finds %1 fine again:</source>
        <translation>ClamAV データベースミラーの監視により、%1 が正常に戻ったことを確認しました:</translation>
    </message>
    <message>
        <source>the monitoring of the ClamAV database mirrors still finds this on %1:</source>
        <translation>ClamAV データベースミラーの監視では、%1 で引き続き次の問題が見られます:</translation>
    </message>
    <message>
        <source>the monitoring of the ClamAV database mirrors found this on %1:</source>
        <translation>ClamAV データベースミラーの監視で、%1 に次の問題が見つかりました:</translation>
    </message>
    <message>
        <source>  Seen: %1</source>
        <translation>  観測: %1</translation>
    </message>
    <message>
        <source>  Since: %1</source>
        <translation>  開始: %1</translation>
    </message>
    <message>
        <source>The monitoring system of the ClamAV mirror team. It writes once when something changes, and again as a reminder while it lasts.</source>
        <translation>ClamAV ミラーチームの監視システムです。状態が変わったときに一度、問題が続く間は再通知としてもう一度送信します。</translation>
    </message>
    <message>
        <source>[ClamAV mirrors] Test mail</source>
        <translation>[ClamAV ミラー] テストメール</translation>
    </message>
    <message>
        <source>This is a test of the mail settings of the ClamAV mirror team&apos;s monitoring. Nothing else is wrong.</source>
        <translation>ClamAV ミラーチームの監視のメール設定のテストです。ほかに問題はありません。</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>言語(次回の起動から)</translation>
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
        <translation>日時</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>cannot write the audit trail: %1</source>
        <translation>監査証跡を書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>AuditedInventory</name>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>probed and checked again</source>
        <translation>再度プローブとチェックを行います</translation>
    </message>
    <message>
        <source>left out of refreshes, checks and DNS</source>
        <translation>更新・チェック・DNS の対象外</translation>
    </message>
    <message>
        <source>%1, %2, admin %3</source>
        <translation>%1、%2、管理者 %3</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>インベントリにミラー %1 はありません</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 から %2: %3</translation>
    </message>
    <message>
        <source>maintenance %1 is over already</source>
        <translation>メンテナンス %1 はすでに終わっています</translation>
    </message>
    <message>
        <source>maintenance %1 ended: %2</source>
        <translation>メンテナンス %1 を終了: %2</translation>
    </message>
</context>
<context>
    <name>BandwidthTab</name>
    <message>
        <source>Bytes sent per hour</source>
        <translation>1 時間ごとの送信バイト数</translation>
    </message>
    <message>
        <source>Bytes sent per day</source>
        <translation>1 日ごとの送信バイト数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A trigger-only mirror is never probed: its access log is not read.</source>
        <translation>トリガー専用ミラーはプローブしないため、アクセスログは読み取りません。</translation>
    </message>
    <message>
        <source>No traffic read yet: refresh the mirror (its access log must be known).</source>
        <translation>トラフィックはまだ読み取っていません。ミラーを更新してください (アクセスログの場所が必要です)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The access log held %1 when first read; only its last lines were counted, the rest is older than the console&apos;s view.</source>
        <translation>アクセスログは最初に読んだとき %1 ありました。最後の行だけを数えており、それ以前はコンソールの記録より古いものです。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Sent per day, last 30 days</source>
        <translation>1日あたりの送信量(直近 30 日)</translation>
    </message>
    <message>
        <source>The interface counters tell from the second refresh of the month on.</source>
        <translation>インターフェースのカウンターは月の 2 回目の更新から分かります。</translation>
    </message>
    <message>
        <source>%1 sent by %2 by the interface counters.</source>
        <translation>インターフェースのカウンターによると %2 が %1 を送信。</translation>
    </message>
    <message>
        <source>This month: %1 sent in %2 requests (projected %3; the How-to expects %4 to %5). .cvd %6 %, .cdiff %7 %. %8
Top user agents: %9</source>
        <translation>今月: %2 件のリクエストで %1 を送信(見込み %3、How-to の想定は %4 から %5)。.cvd %6 %、.cdiff %7 %。%8
上位のユーザーエージェント: %9</translation>
    </message>
    <message>
        <source>Sent per hour, last day</source>
        <translation>1時間あたりの送信量(直近 1 日)</translation>
    </message>
    <message>
        <source>No traffic in the last day.</source>
        <translation>直近 1 日の通信はありません。</translation>
    </message>
    <message>
        <source>No traffic in the last 30 days.</source>
        <translation>直近 30 日の通信はありません。</translation>
    </message>
    <message>
        <source>No interface but lo sent anything this month by its counters.</source>
        <translation>カウンタによれば、今月は lo 以外のインターフェースから何も送信されていません。</translation>
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
        <translation>バイト</translation>
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
        <translation>%1 が設定されていません</translation>
    </message>
    <message>
        <source>%1 still holds the template&apos;s &quot;changeme&quot;</source>
        <translation>%1 がテンプレートの &quot;changeme&quot; のままです</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 が空です</translation>
    </message>
    <message>
        <source>MODULE is &quot;%1&quot;; the push masters serve &quot;clamavdb&quot;</source>
        <translation>MODULE が &quot;%1&quot; です。プッシュマスターが提供するのは &quot;clamavdb&quot; です</translation>
    </message>
    <message>
        <source>unterminated quote; the shell would refuse the whole file</source>
        <translation>閉じられていない引用符があります。シェルはファイル全体を拒否します</translation>
    </message>
    <message>
        <source>unterminated quote in %1=; the shell would refuse the whole file</source>
        <translation>%1= に閉じられていない引用符があります。シェルはファイル全体を拒否します</translation>
    </message>
    <message numerus="yes">
        <source>the file has Windows line endings (%n line(s)): bash keeps a \r at the end of every value, so TO, RSYNC_USER, RSYNC_PASSWORD and MODULE are not what they look like; save it with Unix line endings</source>
        <translation>
            <numerusform>ファイルの改行が Windows 形式です(%n 行): bash はすべての値の末尾に \r を残すため、TO、RSYNC_USER、RSYNC_PASSWORD、MODULE は見た目どおりの値ではありません。Unix の改行で保存してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSyncExpansion</name>
    <message>
        <source>TO is only whitespace: rsync gets no destination, only lists the module, and nothing is synced</source>
        <translation>TO が空白だけです: rsync は宛先を受け取らずモジュールを一覧表示するだけで、何も同期されません</translation>
    </message>
    <message numerus="yes">
        <source>TO holds whitespace: the script expands $TO unquoted, so rsync gets %n words (%1) where one DocumentRoot should be, refuses them (&quot;Unexpected local arg&quot;) and every sync fails with code 1; rename the DocumentRoot or link it from a path without whitespace</source>
        <translation>
            <numerusform>TO に空白があります: スクリプトは $TO を引用符なしで展開するため、rsync は DocumentRoot 一つのはずの所に %n 個の語 (%1) を受け取って拒否し (「Unexpected local arg」)、同期は毎回コード 1 で失敗します。DocumentRoot の名前を変えるか、空白のないパスからリンクしてください</numerusform>
        </translation>
    </message>
    <message>
        <source>TO begins with &quot;-&quot;: rsync takes &quot;%1&quot; as an option, not as the DocumentRoot</source>
        <translation>TO が「-」で始まります: rsync は「%1」を DocumentRoot ではなくオプションとして扱います</translation>
    </message>
    <message>
        <source>TO &quot;%1&quot; has a colon before its first slash: rsync reads it as host:path, and every sync fails (source and destination cannot both be remote); write it as an absolute path</source>
        <translation>TO「%1」は最初のスラッシュより前にコロンがあります: rsync はこれを ホスト:パス と読み、同期は毎回失敗します (送信元と宛先の両方をリモートにはできません)。絶対パスで書いてください</translation>
    </message>
    <message>
        <source>TO is quoted so that its &quot;$&quot; is never expanded: rsync writes into a directory literally named &quot;%1&quot; under the home directory; use double quotes</source>
        <translation>TO の引用符のため「$」が展開されません: rsync はホームディレクトリの下の、文字どおり「%1」という名前のディレクトリに書き込みます。二重引用符を使ってください</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds whitespace: the script expands it unquoted, so rsync&apos;s source splits into %n words (%2), rsync refuses them and every sync fails with code 1</source>
        <translation>
            <numerusform>%1 に空白があります: スクリプトは引用符なしで展開するため、rsync の転送元が %n 個の語 (%2) に分かれ、rsync がそれを拒否して同期は毎回コード 1 で失敗します</numerusform>
        </translation>
    </message>
    <message>
        <source>EXCLUDE holds &quot;%1&quot;, which is not an option: rsync takes it for a local file beside the push master&apos;s module, refuses it and every sync fails with code 1</source>
        <translation>EXCLUDE にオプションではない「%1」があります: rsync はそれをプッシュマスターのモジュールと並ぶローカルファイルとみなして拒否し、同期は毎回コード 1 で失敗します</translation>
    </message>
    <message>
        <source>EXCLUDE&apos;s pattern %1 keeps its quote characters: the script expands $EXCLUDE unquoted, so rsync gets them as part of the pattern, which matches no file, and local files would be deleted at every sync; write EXCLUDE=&apos;--exclude local_*&apos;</source>
        <translation>EXCLUDE のパターン %1 に引用符が残っています: スクリプトは $EXCLUDE を引用符なしで展開するため、rsync は引用符をパターンの一部として受け取り、どのファイルにも一致せず、ローカルファイルは同期のたびに削除されます。EXCLUDE=&apos;--exclude local_*&apos; と書いてください</translation>
    </message>
    <message>
        <source>EXCLUDE lacks &quot;--exclude local_*&quot;: local files would be deleted at every sync</source>
        <translation>EXCLUDE に「--exclude local_*」がありません: ローカルファイルが同期のたびに削除されます</translation>
    </message>
    <message>
        <source>EXCLUDE ends with &quot;%1&quot;, which takes a value: rsync takes the push master&apos;s module for it, only lists the DocumentRoot, and nothing is synced</source>
        <translation>EXCLUDE が値を取る「%1」で終わっています: rsync はプッシュマスターのモジュールをその値とみなし、DocumentRoot を一覧表示するだけで何も同期されません</translation>
    </message>
</context>
<context>
    <name>ConfEdit</name>
    <message>
        <source>the file on the mirror cannot be read as shell: %1; edit it as text</source>
        <translation>ミラー上のファイルをシェルとして読み取れません: %1。テキストとして編集してください</translation>
    </message>
    <message>
        <source>%1 is not a clam-clientsync.conf key (%2)</source>
        <translation>%1 は clam-clientsync.conf のキーではありません (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigurationTab</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Reload from the mirror</source>
        <translation>ミラーから再読み込み</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>確認して保存…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Keep a new password in the system keychain</source>
        <translation>新しいパスワードをシステムのキーチェーンに保存する</translation>
    </message>
    <message>
        <source>clam-clientsync.conf as text</source>
        <translation>clam-clientsync.conf (テキスト)</translation>
    </message>
    <message>
        <source>The whole file. RSYNC_PASSWORD=******** keeps the current password; type a new value to change it.</source>
        <translation>ファイル全体です。RSYNC_PASSWORD=******** のままなら現在のパスワードを維持します。変更するには新しい値を入力してください。</translation>
    </message>
    <message>
        <source>Shows the change first; writes it only if the file on the mirror is still what was read, after a timestamped copy beside it</source>
        <translation>まず変更内容を表示し、ミラー上のファイルが読み込み時のままである場合に限り、タイムスタンプ付きのコピーを横に残してから書き込みます</translation>
    </message>
    <message>
        <source>Could not read the conf: %1</source>
        <translation>設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>書き込んでいません: %1</translation>
    </message>
    <message>
        <source>%1 is trigger-only: any connection starts a sync, so its conf is neither read nor written from here.</source>
        <translation>%1 はトリガー専用です。接続するだけで同期が始まるため、ここからは設定を読み書きしません。</translation>
    </message>
    <message>
        <source>The conf of %1 is read when this tab is shown.</source>
        <translation>%1 の設定はこのタブを表示したときに読み取ります。</translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation>%2 から %1 を読み取り中…</translation>
    </message>
    <message>
        <source>%1 on %2, mode %3, read %4</source>
        <translation>%2 の %1、モード %3、読み取り %4</translation>
    </message>
    <message>
        <source>Write this change to %1 on %2?

%3

A timestamped copy of the current file is kept beside it; the write is refused if the file changed on the mirror since it was read.</source>
        <translation>この変更を %2 の %1 に書き込みますか?

%3

現在のファイルのタイムスタンプ付きコピーを横に残します。読み込み後にミラー上でファイルが変更されていた場合は書き込みを拒否します。</translation>
    </message>
    <message>
        <source>Save clam-clientsync.conf</source>
        <translation>clam-clientsync.conf を保存</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>%1 に書き込む</translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation>%2 の %1 に書き込み中…</translation>
    </message>
    <message>
        <source>%1 written on %2; the old one kept as %3</source>
        <translation>%2 の %1 を書き込みました。旧版は %3 として保存しました</translation>
    </message>
    <message>
        <source>Written, but the password was not kept: %1</source>
        <translation>書き込みましたが、パスワードは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Use Unix line endings</source>
        <translation>Unix の改行にする</translation>
    </message>
    <message>
        <source>Ends every line with \n alone, as bash needs; the diff shows each line it changes before anything is written</source>
        <translation>bash が必要とするとおり各行を \n だけで終えます。書き込む前に、変わる行はすべて差分に表示されます</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Export fleet as CSV…</source>
        <translation>フリートを CSV でエクスポート…</translation>
    </message>
    <message>
        <source>Every enabled mirror&apos;s verdict and uptime, as mirrorctl verdicts --csv</source>
        <translation>有効な各ミラーの判定と稼働率 (mirrorctl verdicts --csv と同じ)</translation>
    </message>
    <message>
        <source>Export fleet as JSON…</source>
        <translation>フリートを JSON でエクスポート…</translation>
    </message>
    <message>
        <source>The same as JSON, as mirrorctl verdicts --json</source>
        <translation>同じ内容を JSON で (mirrorctl verdicts --json と同じ)</translation>
    </message>
    <message>
        <source>Export fleet as HTML page…</source>
        <translation>フリートを HTML ページでエクスポート…</translation>
    </message>
    <message>
        <source>The mirrors page, as mirrorctl export-html</source>
        <translation>ミラー一覧ページ (mirrorctl export-html と同じ)</translation>
    </message>
    <message>
        <source>Export DNS records…</source>
        <translation>DNS レコードをエクスポート…</translation>
    </message>
    <message>
        <source>Each country&apos;s db.XY.clamav.net records of the mirrors fit to serve, as mirrorctl export-dns</source>
        <translation>配信可能なミラーによる各国の db.XY.clamav.net レコード (mirrorctl export-dns と同じ)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Find mirror</source>
        <translation>ミラーを検索</translation>
    </message>
    <message>
        <source>Filter the fleet by name, address, admin or tag</source>
        <translation>名前、アドレス、管理者、タグでフリートを絞り込む</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>すべて更新</translation>
    </message>
    <message>
        <source>Probe every shell-mode mirror: one round trip each (F5)</source>
        <translation>シェルモードの全ミラーをプローブ: 各 1 往復 (F5)</translation>
    </message>
    <message>
        <source>Refresh selection</source>
        <translation>選択を更新</translation>
    </message>
    <message>
        <source>Probe the selected shell-mode mirrors only (Ctrl+R)</source>
        <translation>選択したシェルモードのミラーだけプローブ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Check freshness</source>
        <translation>鮮度をチェック</translation>
    </message>
    <message>
        <source>Check every enabled mirror over HTTP now, trigger-only ones too (Shift+F5); it runs every hour in any case</source>
        <translation>有効な全ミラーを今すぐ HTTP でチェックします。トリガー専用ミラーも含みます (Shift+F5)。いずれにせよ 1 時間ごとに実行されます</translation>
    </message>
    <message>
        <source>Check freshness of selection</source>
        <translation>選択の鮮度をチェック</translation>
    </message>
    <message>
        <source>Check the selected mirrors over HTTP now (Ctrl+Shift+R)</source>
        <translation>選択したミラーを今すぐ HTTP でチェック (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Sync selection…</source>
        <translation>選択を同期…</translation>
    </message>
    <message>
        <source>Start clam-clientsync on the selected mirrors (Ctrl+Shift+S)</source>
        <translation>選択したミラーで clam-clientsync を開始 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add mirror…</source>
        <translation>ミラーを追加…</translation>
    </message>
    <message>
        <source>Edit mirror…</source>
        <translation>ミラーを編集…</translation>
    </message>
    <message>
        <source>Import new-mirror e-mails…</source>
        <translation>新規ミラーのメールをインポート…</translation>
    </message>
    <message>
        <source>Paste the e-mails new mirrors send, as the How-to asks them to</source>
        <translation>How-to に従って新規ミラーが送るメールを貼り付けます</translation>
    </message>
    <message>
        <source>Disable selection</source>
        <translation>選択を無効化</translation>
    </message>
    <message>
        <source>Kept in the inventory, left out of refreshes, checks and DNS</source>
        <translation>インベントリには残し、更新・チェック・DNS からは外します</translation>
    </message>
    <message>
        <source>Enable selection</source>
        <translation>選択を有効化</translation>
    </message>
    <message>
        <source>Remove selection…</source>
        <translation>選択を削除…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>About Mirror Console</source>
        <translation>Mirror Console について</translation>
    </message>
    <message>
        <source>Maintenance…</source>
        <translation>メンテナンス…</translation>
    </message>
    <message>
        <source>A time without alerts, mails or DNS for the mirror, as its admin announced it</source>
        <translation>管理者の告知どおり、ミラーのアラート・メール・DNS を止める期間</translation>
    </message>
</context>
<context>
    <name>ConsoleMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Mirrors</source>
        <translation>ミラー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>seconds to connect and get the SSH greeting</source>
        <translation>接続して SSH のバナーを受け取るまでの秒数</translation>
    </message>
    <message>
        <source>seconds any one command or transfer may take</source>
        <translation>1 つのコマンドまたは転送に許す秒数</translation>
    </message>
    <message>
        <source>mirrors worked on at once</source>
        <translation>同時に処理するミラー数</translation>
    </message>
    <message>
        <source>seconds between keepalives of idle sessions</source>
        <translation>アイドル中のセッションに送るキープアライブの間隔 (秒)</translation>
    </message>
    <message>
        <source>hours after which a timestamp makes a mirror old</source>
        <translation>タイムスタンプがこの時間を超えるとミラーを「古い」と判定 (時間)</translation>
    </message>
    <message>
        <source>hours after which an old mirror is removed from DNS</source>
        <translation>「古い」ミラーを DNS から外すまでの時間</translation>
    </message>
    <message>
        <source>days of probe and check results kept</source>
        <translation>プローブとチェックの結果を保持する日数</translation>
    </message>
    <message>
        <source>minutes between freshness checks of the fleet</source>
        <translation>フリート全体の鮮度チェックの間隔 (分)</translation>
    </message>
    <message>
        <source>mirrors checked over HTTP at once</source>
        <translation>HTTP で同時にチェックするミラー数</translation>
    </message>
    <message>
        <source>TTL of the exported db.XY.clamav.net records</source>
        <translation>エクスポートする db.XY.clamav.net レコードの TTL</translation>
    </message>
    <message>
        <source>name a country with no fit mirror falls back to (a CNAME)</source>
        <translation>使えるミラーがない国の転送先名 (CNAME)</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 には %2 〜 %3 の整数を指定します (&quot;%4&quot; ではなく)</translation>
    </message>
    <message>
        <source>no setting %1; there are: %2</source>
        <translation>設定 %1 はありません。あるのは: %2</translation>
    </message>
    <message>
        <source>private key tried after ssh-agent&apos;s keys (empty: the agent only); a mirror&apos;s own key file takes its place</source>
        <translation>ssh-agent の鍵の次に試す秘密鍵 (空: エージェントのみ)。ミラー固有の鍵ファイルがあればそちらを使います</translation>
    </message>
    <message>
        <source>seconds an HTTP request may take, first byte to last</source>
        <translation>HTTP リクエスト1件にかけてよい秒数(最初のバイトから最後まで)</translation>
    </message>
    <message>
        <source>KB a mirror&apos;s timestamp or local_test may hold; more is a fault</source>
        <translation>ミラーの timestamp や local_test の上限 KB。超えれば不正とみなします</translation>
    </message>
    <message>
        <source>MB of output (stdout and stderr) one command on a mirror may send</source>
        <translation>ミラー上の1コマンドが送ってよい出力(stdout と stderr)の MB</translation>
    </message>
    <message>
        <source>MB a file read from a mirror over SFTP may hold</source>
        <translation>SFTP でミラーから読むファイル1つの上限 MB</translation>
    </message>
    <message>
        <source>MB of a mirror&apos;s sync logs copied to this machine in one fetch</source>
        <translation>1回の取得でこのマシンにコピーするミラーの同期ログの上限 MB</translation>
    </message>
    <message>
        <source>minutes a sync followed live may make no progress before the console stops waiting (a sync never outlives its lock&apos;s two hours)</source>
        <translation>ライブで追跡中の同期が進まないままコンソールが待つ分数(同期はロックの2時間を超えることはありません)</translation>
    </message>
    <message>
        <source>checks in a row without an HTTP answer before a mirror is unreachable</source>
        <translation>ミラーを到達不能とするまでの、HTTP 応答のない連続検査回数</translation>
    </message>
    <message>
        <source>daily versions behind the current one that count as lagging</source>
        <translation>遅れとみなす、最新から遅れた daily のバージョン数</translation>
    </message>
    <message>
        <source>hours a mirror lags before an alert</source>
        <translation>アラートまでに遅れが続く時間</translation>
    </message>
    <message>
        <source>failed syncs in a row before an alert</source>
        <translation>アラートまでの連続した同期失敗の回数</translation>
    </message>
    <message>
        <source>hours between reminders of an alert that lasts (0: none)</source>
        <translation>続いているアラートの再通知の間隔(時間、0: なし)</translation>
    </message>
    <message>
        <source>the team&apos;s address, told of every alert</source>
        <translation>すべてのアラートを受け取るチームのアドレス</translation>
    </message>
    <message>
        <source>the address alert mails come from</source>
        <translation>アラートメールの送信元アドレス</translation>
    </message>
    <message>
        <source>1: a mail to a mirror&apos;s admin waits until an operator sends it</source>
        <translation>1: ミラー管理者宛のメールはオペレーターが送るまで保留</translation>
    </message>
    <message>
        <source>the SMTP server that sends the mails</source>
        <translation>メールを送る SMTP サーバー</translation>
    </message>
    <message>
        <source>the SMTP server&apos;s port</source>
        <translation>SMTP サーバーのポート</translation>
    </message>
    <message>
        <source>starttls (required), tls (from the first byte) or none</source>
        <translation>starttls(必須)、tls(最初のバイトから)、または none</translation>
    </message>
    <message>
        <source>the SMTP user (empty: no authentication); the password is kept apart</source>
        <translation>SMTP ユーザー(空: 認証なし)。パスワードは別に保管</translation>
    </message>
    <message>
        <source>certificate authorities the SMTP server&apos;s certificate is checked against (empty: the system&apos;s)</source>
        <translation>SMTP サーバーの証明書を検証する認証局(空: システムのもの)</translation>
    </message>
    <message>
        <source>minutes between the monitor&apos;s refreshes of shell-mode mirrors</source>
        <translation>モニターによるシェルモードのミラー更新の間隔(分)</translation>
    </message>
    <message>
        <source>%1 takes a readable file or nothing, not &quot;%2&quot;</source>
        <translation>%1 には読み取れるファイルか空を指定します。「%2」は不可</translation>
    </message>
    <message>
        <source>%1 takes an e-mail address or nothing, not &quot;%2&quot;</source>
        <translation>%1 にはメールアドレスか空を指定します。「%2」は不可</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not &quot;%3&quot;</source>
        <translation>%1 には %2 のいずれかを指定します。「%3」は不可</translation>
    </message>
    <message>
        <source>%1 takes a name without spaces, not &quot;%2&quot;</source>
        <translation>%1 には空白のない名前を指定します。「%2」は不可</translation>
    </message>
    <message>
        <source>where the monitor serves /metrics and /status (loopback unless set)</source>
        <translation>モニターが /metrics と /status を提供するアドレス(未設定ならループバック)</translation>
    </message>
    <message>
        <source>the port of /metrics and /status (0: none)</source>
        <translation>/metrics と /status のポート(0: なし)</translation>
    </message>
    <message>
        <source>how the monitor publishes db.XY after each sweep: off, nsupdate (RFC 2136 signed with TSIG) or zone-file (a fragment and a reload)</source>
        <translation>巡回ごとに監視サービスが db.XY を公開する方法: off、nsupdate（TSIG 署名付き RFC 2136）、zone-file（断片ファイルと再読み込み）</translation>
    </message>
    <message>
        <source>the zone the db.XY names are in</source>
        <translation>db.XY の名前が属するゾーン</translation>
    </message>
    <message>
        <source>the primary server nsupdate sends the updates to</source>
        <translation>nsupdate が更新を送るプライマリサーバー</translation>
    </message>
    <message>
        <source>the primary server&apos;s port</source>
        <translation>プライマリサーバーのポート</translation>
    </message>
    <message>
        <source>the TSIG key nsupdate signs with, readable by its owner alone (empty: the service&apos;s credential dns-key)</source>
        <translation>nsupdate が署名に使う TSIG 鍵。所有者だけが読めること（空: サービスの認証情報 dns-key）</translation>
    </message>
    <message>
        <source>the zone fragment written for zone-file, $INCLUDEd by the zone</source>
        <translation>zone-file で書き出すゾーン断片。ゾーンから $INCLUDE される</translation>
    </message>
    <message>
        <source>run after the fragment is written, without a shell (e.g. rndc reload clamav.net)</source>
        <translation>断片を書き出した後にシェルを介さず実行するコマンド（例: rndc reload clamav.net）</translation>
    </message>
    <message>
        <source>seconds an update or a reload may take</source>
        <translation>更新または再読み込みに許す秒数</translation>
    </message>
    <message>
        <source>mirrors judged out of DNS in one sweep at most; the rest wait (maintenance and disabling never wait)</source>
        <translation>1 回の巡回で DNS から外すと判定するミラーの上限。残りは次回以降（保守と無効化は待たない）</translation>
    </message>
    <message>
        <source>a sweep with more of the fleet unreachable than this is the checker&apos;s own failure: no DNS change, one alert</source>
        <translation>フリートのうちこれを超える割合が到達不能な巡回はチェッカー自身の障害とみなす: DNS は変更せず、警告は 1 件</translation>
    </message>
    <message>
        <source>%1 takes an absolute path or nothing, not &quot;%2&quot;</source>
        <translation>%1 には絶対パスか空を指定します。「%2」は使えません</translation>
    </message>
    <message>
        <source>%1 takes a command on one line, not &quot;%2&quot;</source>
        <translation>%1 には 1 行のコマンドを指定します。「%2」は使えません</translation>
    </message>
    <message>
        <source>%1 takes a host name or an IP address, not &quot;%2&quot;</source>
        <translation>%1 にはホスト名か IP アドレスを指定します。「%2」は使えません</translation>
    </message>
</context>
<context>
    <name>ConsoleTheme</name>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>デスクトップに合わせる</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>%1 may be read by others than its owner: make it mode 0600 (or 0400)</source>
        <translation>%1 は所有者以外も読めます: モードを 0600(または 0400)にしてください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
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
        <translation>current.cvd.clamav.net に TXT レコードがありません</translation>
    </message>
</context>
<context>
    <name>CvdHeaderParser</name>
    <message>
        <source>truncated CVD header: %1 of %2 bytes</source>
        <translation>CVD ヘッダーが途中で切れています: %2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>not a CVD file: the header does not start with &quot;ClamAV-VDB:&quot;</source>
        <translation>CVD ファイルではありません: ヘッダーが &quot;ClamAV-VDB:&quot; で始まっていません</translation>
    </message>
    <message>
        <source>CVD header has %1 fields, expected at least 8</source>
        <translation>CVD ヘッダーのフィールドが %1 個です (8 個以上のはず)</translation>
    </message>
    <message>
        <source>CVD header: version, signatures and functionality level must be numbers</source>
        <translation>CVD ヘッダー: バージョン、シグネチャ数、機能レベルは数値でなければなりません</translation>
    </message>
    <message>
        <source>CVD header: &quot;%1&quot; is not an MD5 sum</source>
        <translation>CVD ヘッダー: &quot;%1&quot; は MD5 サムではありません</translation>
    </message>
</context>
<context>
    <name>DatabaseFileModel</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>書き込み日時</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過</translation>
    </message>
</context>
<context>
    <name>DemoLabBanner</name>
    <message>
        <source>Demo lab</source>
        <translation>デモラボ</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Demo lab: %n mirror(s) on this machine&lt;/b&gt;, on loopback, a few with faults on purpose. What you change here stays in the demo&apos;s own inventory. To manage real mirrors, add them with &lt;code&gt;mirrorctl add&lt;/code&gt; or &lt;code&gt;mirrorctl import-email&lt;/code&gt; into %1; the console opens that inventory once it exists.</source>
        <translation>
            <numerusform>&lt;b&gt;デモラボ: このマシン上の %n 台のミラー&lt;/b&gt;、ループバック上で、いくつかは意図的に障害があります。ここでの変更はデモ専用のインベントリに残ります。実際のミラーは &lt;code&gt;mirrorctl add&lt;/code&gt; または &lt;code&gt;mirrorctl import-email&lt;/code&gt; で %1 に追加してください。そのインベントリが存在すればコンソールはそれを開きます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoLabInventory</name>
    <message>
        <source>cannot read the demo lab&apos;s inventory %1: %2</source>
        <translation>デモラボのインベントリ %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the demo lab&apos;s inventory is not usable: %1</source>
        <translation>デモラボのインベントリは使用できません: %1</translation>
    </message>
    <message>
        <source>the demo lab&apos;s inventory %1 is larger than %2 MB</source>
        <translation>デモラボのインベントリ %1 は %2 MB を超えています</translation>
    </message>
</context>
<context>
    <name>DiskFactsReader</name>
    <message>
        <source>the space of DocumentRoot could not be read</source>
        <translation>DocumentRoot の空き容量を読み取れませんでした</translation>
    </message>
    <message>
        <source>only %1 of web space for the database; the How-to asks for at least 200 MB</source>
        <translation>データベース用の Web 領域が %1 しかありません。手順書では 200 MB 以上が必要です</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
    <message>
        <source>the home</source>
        <translation>ホームディレクトリ</translation>
    </message>
    <message>
        <source>%1 has %2 free, under the floor of %3</source>
        <translation>%1 の空きは %2 で、下限 %3 を下回っています</translation>
    </message>
    <message>
        <source>%1% of the inodes of DocumentRoot&apos;s filesystem are used</source>
        <translation>DocumentRoot のファイルシステムの inode を %1% 使用しています</translation>
    </message>
</context>
<context>
    <name>DiskTab</name>
    <message>
        <source>Disk space over 30 days</source>
        <translation>30 日間のディスク容量</translation>
    </message>
    <message>
        <source>Database files</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>DocumentRoot usage</source>
        <translation>DocumentRoot の使用量</translation>
    </message>
    <message>
        <source>Home usage</source>
        <translation>ホームの使用量</translation>
    </message>
    <message>
        <source>DocumentRoot inodes</source>
        <translation>DocumentRoot の inode</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation>inode</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 used of %2, %3 free (%4)</source>
        <translation>%2 中 %1 使用、空き %3 (%4)</translation>
    </message>
    <message>
        <source>A trigger-only mirror is never probed.</source>
        <translation>トリガー専用ミラーはプローブしません。</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>まだ更新していません。</translation>
    </message>
    <message numerus="yes">
        <source>Database: %n file(s), %1</source>
        <translation>
            <numerusform>データベース: %n ファイル、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>DocumentRoot used</source>
        <translation>DocumentRoot 使用量</translation>
    </message>
    <message>
        <source>DocumentRoot free</source>
        <translation>DocumentRoot 空き</translation>
    </message>
    <message>
        <source>Home free</source>
        <translation>ホーム空き</translation>
    </message>
    <message>
        <source>Disk space, last 30 days</source>
        <translation>ディスク容量 (直近 30 日)</translation>
    </message>
    <message>
        <source>No disk trend yet: each refresh adds a point.</source>
        <translation>推移はまだありません。更新のたびに点が増えます。</translation>
    </message>
</context>
<context>
    <name>DiskUsageParser</name>
    <message>
        <source>df printed nothing</source>
        <translation>df が何も出力しませんでした</translation>
    </message>
    <message>
        <source>not df -P output: the header names neither 1024-blocks nor Inodes</source>
        <translation>df -P の出力ではありません: ヘッダーに 1024-blocks も Inodes もありません</translation>
    </message>
    <message>
        <source>not a df -P line: %1</source>
        <translation>df -P の行ではありません: %1</translation>
    </message>
</context>
<context>
    <name>DnsKeeper</name>
    <message>
        <source>DNS left as it was: the sweep was the checker&apos;s own failure</source>
        <translation>DNS は変更していません: この巡回はチェッカー自身の障害でした</translation>
    </message>
    <message>
        <source>DNS left for the next sweep: the last update is still under way</source>
        <translation>DNS は次の巡回で更新します: 前回の更新がまだ進行中です</translation>
    </message>
    <message>
        <source>db.XY.%1 from mirror-monitor&apos;s sweep of %2</source>
        <translation>%2 の mirror-monitor の巡回による db.XY.%1</translation>
    </message>
    <message>
        <source>DNS not updated, tried again after the next sweep: %1</source>
        <translation>DNS を更新できませんでした。次の巡回の後に再試行します: %1</translation>
    </message>
    <message numerus="yes">
        <source>DNS kept %n mirror(s) judged out, at most %1 removals a sweep</source>
        <translation>
            <numerusform>除外と判定した %n 台を DNS に残しました（1 回の巡回で外すのは最大 %1 台）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsPlanner</name>
    <message>
        <source>its country %1 is not a country code</source>
        <translation>国 %1 は国コードではありません</translation>
    </message>
    <message>
        <source>its address %1 is not an IP address</source>
        <translation>アドレス %1 は IP アドレスではありません</translation>
    </message>
    <message>
        <source>%1 kept for now, at most %2 removals a sweep (%3 judged out): %4</source>
        <translation>%1 は当面残します。1 回の巡回で外すのは最大 %2 台です（外すと判定 %3 台）: %4</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 は除外: %2</translation>
    </message>
    <message>
        <source>no longer in the inventory</source>
        <translation>インベントリにもうありません</translation>
    </message>
</context>
<context>
    <name>DnsPublisher</name>
    <message>
        <source>no TSIG key for nsupdate: set dns/key-file, or hand the service the credential dns-key</source>
        <translation>nsupdate 用の TSIG 鍵がありません: dns/key-file を設定するか、サービスに認証情報 dns-key を渡してください</translation>
    </message>
    <message>
        <source>the TSIG key %1 cannot be read</source>
        <translation>TSIG 鍵 %1 を読めません</translation>
    </message>
    <message>
        <source>no zone fragment to write: set dns/zone-file</source>
        <translation>書き出すゾーン断片がありません: dns/zone-file を設定してください</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the TSIG key %1 does not exist: set dns/key-file, or hand the service the credential dns-key</source>
        <translation>TSIG 鍵 %1 がありません: dns/key-file を設定するか、サービスに認証情報 dns-key を渡してください</translation>
    </message>
    <message>
        <source>; %1 is as it was</source>
        <translation>。%1 は元のままです</translation>
    </message>
    <message>
        <source>; %1 could not be put back as it was</source>
        <translation>。%1 を元に戻せませんでした</translation>
    </message>
</context>
<context>
    <name>DnsRecordStore</name>
    <message>
        <source>cannot read the published DNS records: %1</source>
        <translation>公開済みの DNS レコードを読めません: %1</translation>
    </message>
    <message>
        <source>cannot record the published DNS records: %1</source>
        <translation>公開した DNS レコードを記録できません: %1</translation>
    </message>
</context>
<context>
    <name>DnsStandings</name>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>in maintenance until %1: %2</source>
        <translation>%1 まで保守中: %2</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>maintenance ended %1: back after a fresh check</source>
        <translation>保守は %1 に終了: 新しいチェックで最新と確認されたら復帰</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>除去: %1</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>到達不能: %1</translation>
    </message>
    <message>
        <source>fresh, but not served as database.clamav.net and db.%1.clamav.net</source>
        <translation>最新だが database.clamav.net と db.%1.clamav.net として配信されていない</translation>
    </message>
    <message>
        <source>%1: %2, in again after a fresh check</source>
        <translation>%1: %2。新しいチェックで最新と確認されたら再登録</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 のパスフレーズ: </translation>
    </message>
    <message>
        <source>mirrorctl: %1 needs a passphrase: none in the keychain, none typed</source>
        <translation>mirrorctl: %1 にはパスフレーズが必要です。キーチェーンにもなく、入力もありません</translation>
    </message>
    <message>
        <source>Store it in the keychain? [y/N] </source>
        <translation>キーチェーンに保存しますか? [y/N] </translation>
    </message>
    <message>
        <source>Accept this host key (SHA256:...) if the mirror presents it, also in place of a changed one.</source>
        <translation>ミラーが提示したらこのホスト鍵 (SHA256:...) を受け入れます。変更された鍵の代わりでも受け入れます。</translation>
    </message>
    <message>
        <source>Private key (default: the mirror&apos;s, then ssh-agent).</source>
        <translation>秘密鍵 (既定: ミラー固有の鍵、次に ssh-agent)。</translation>
    </message>
    <message>
        <source>Seconds the command may run (default 120).</source>
        <translation>コマンドの実行に許す秒数 (既定 120)。</translation>
    </message>
    <message>
        <source>The mirror.</source>
        <translation>対象のミラー。</translation>
    </message>
    <message>
        <source>The command, after --.</source>
        <translation>-- の後に続くコマンド。</translation>
    </message>
    <message>
        <source>exec needs a mirror and a command</source>
        <translation>exec にはミラーとコマンドが必要です</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>インベントリにミラー %1 はありません</translation>
    </message>
    <message>
        <source>%1 is a trigger-only mirror: any command there starts a sync, so exec is refused (use trigger to start a sync)</source>
        <translation>%1 はトリガー専用ミラーです。どのコマンドでも同期が始まるため exec は拒否します (同期するには trigger を使ってください)</translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation>--timeout には秒数を指定します</translation>
    </message>
    <message>
        <source>changed key accepted: %1 replaces %2</source>
        <translation>変更された鍵を受け入れました: %2 を %1 に置き換え</translation>
    </message>
    <message>
        <source>new key accepted: %1</source>
        <translation>新しい鍵を受け入れました: %1</translation>
    </message>
    <message>
        <source>mirrorctl: %1: the command exited with status %2</source>
        <translation>mirrorctl: %1: コマンドが終了ステータス %2 で終わりました</translation>
    </message>
</context>
<context>
    <name>FactCommands</name>
    <message>
        <source>Show the last stored facts; do not connect.</source>
        <translation>最後に保存した情報を表示し、接続はしません。</translation>
    </message>
    <message>
        <source>Mirrors (default: every enabled one).</source>
        <translation>ミラー (既定: 有効なミラーすべて)。</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>The mirror.</source>
        <translation>対象のミラー。</translation>
    </message>
    <message>
        <source>--break-stale takes exactly one mirror</source>
        <translation>--break-stale にはミラーをちょうど 1 つ指定します</translation>
    </message>
    <message>
        <source>Print the log of the run that finished at TIME (ISO 8601, as listed).</source>
        <translation>TIME (一覧に表示される ISO 8601 形式) に終了した実行のログを表示します。</translation>
    </message>
    <message>
        <source>--run needs one mirror and a time such as 2026-11-24T16:26:03Z</source>
        <translation>--run にはミラー 1 つと 2026-11-24T16:26:03Z のような時刻が必要です</translation>
    </message>
    <message>
        <source>no run of %1 finished at %2</source>
        <translation>%1 に %2 に終了した実行はありません</translation>
    </message>
    <message>
        <source> requests, .cvd </source>
        <translation> リクエスト、.cvd </translation>
    </message>
    <message>
        <source> bytes, .cdiff </source>
        <translation> バイト、.cdiff </translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
</context>
<context>
    <name>FactTab</name>
    <message>
        <source>Copy the fix</source>
        <translation>対処をコピー</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Copy the fix to the clipboard, to paste into the mirror&apos;s shell or a mail to its admin</source>
        <translation>対処をクリップボードにコピーし、ミラーのシェルや管理者へのメールに貼り付けます</translation>
    </message>
    <message>
        <source>Choose a check to read its evidence and fix.</source>
        <translation>チェックを選ぶと根拠と対処が表示されます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>対処は不要です。</translation>
    </message>
    <message>
        <source>No fix is known for this check.</source>
        <translation>このチェックの対処は不明です。</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処</translation>
    </message>
</context>
<context>
    <name>FirewallJudge</name>
    <message>
        <source>chains jump too deep to follow</source>
        <translation>チェーンのジャンプが深すぎて追跡できません</translation>
    </message>
    <message>
        <source>a rule the console cannot read may match: %1</source>
        <translation>コンソールが解釈できないルールが一致する可能性があります: %1</translation>
    </message>
    <message>
        <source>no rule on %1</source>
        <translation>%1 にルールがありません</translation>
    </message>
    <message>
        <source>policy %1 of %2 %3</source>
        <translation>%2 %3 のポリシー %1</translation>
    </message>
    <message>
        <source>no redirect in %1 %2</source>
        <translation>%1 %2 にリダイレクトがありません</translation>
    </message>
    <message>
        <source>no nat prerouting chain</source>
        <translation>nat の prerouting チェーンがありません</translation>
    </message>
    <message>
        <source>the probe did not look</source>
        <translation>プローブで確認していません</translation>
    </message>
    <message>
        <source>22/tcp in from the push masters</source>
        <translation>プッシュマスターからの 22/tcp 受信</translation>
    </message>
    <message>
        <source>873/tcp out to the push masters</source>
        <translation>プッシュマスターへの 873/tcp 送信</translation>
    </message>
    <message>
        <source>873/udp out to the push masters</source>
        <translation>プッシュマスターへの 873/udp 送信</translation>
    </message>
    <message>
        <source>nat PREROUTING redirects 22/tcp from the push masters to sshd&apos;s port</source>
        <translation>nat PREROUTING でプッシュマスターからの 22/tcp を sshd のポートへリダイレクト</translation>
    </message>
    <message>
        <source>sshd listens on 22</source>
        <translation>sshd が 22 で待ち受けている</translation>
    </message>
    <message>
        <source>no redirect to %1 for %2</source>
        <translation>%2 について %1 へのリダイレクトがありません</translation>
    </message>
    <message>
        <source>a REDIRECT whose port nft does not show, for %1</source>
        <translation>%1 について、nft がポートを示さない REDIRECT があります</translation>
    </message>
    <message>
        <source>all push masters redirected to %1</source>
        <translation>すべてのプッシュマスターを %1 へリダイレクト</translation>
    </message>
    <message>
        <source>the console reaches sshd</source>
        <translation>コンソールから sshd に到達できる</translation>
    </message>
    <message>
        <source>connected on port %1</source>
        <translation>ポート %1 で接続できました</translation>
    </message>
    <message>
        <source>no connection on port %1</source>
        <translation>ポート %1 で接続できません</translation>
    </message>
    <message>
        <source>the mirror reaches its push master on 873/tcp</source>
        <translation>ミラーからプッシュマスターの 873/tcp に到達できる</translation>
    </message>
    <message>
        <source>rsync listed the push master&apos;s modules</source>
        <translation>rsync がプッシュマスターのモジュールを一覧表示しました</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>chains jump in a loop</source>
        <translation>チェーンのジャンプがループしています</translation>
    </message>
    <message>
        <source>Check that sshd runs and listens on port %1 (ss -tlnp), and that nothing between the team and the mirror drops it.</source>
        <translation>sshd が動作しポート %1 で待ち受けていること(ss -tlnp)、チームとミラーの間で破棄されていないことを確認してください。</translation>
    </message>
    <message>
        <source>Allow 873/tcp out to the push masters, then test on the mirror with: rsync rsync1.clamav.net::</source>
        <translation>プッシュマスターへの 873/tcp の送信を許可し、ミラー上で rsync rsync1.clamav.net:: で確認してください。</translation>
    </message>
</context>
<context>
    <name>FirewallVerdict</name>
    <message numerus="yes">
        <source>accepted from/to all %n push master(s)</source>
        <translation>
            <numerusform>全 %n 台のプッシュマスターとの通信を許可</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetAlerts</name>
    <message>
        <source>%1 turned old: its timestamp is a day old or unavailable</source>
        <translation>%1 が「古い」になりました: タイムスタンプが 1 日前のものか、取得できません</translation>
    </message>
    <message>
        <source>%1 has been old for two days: it leaves DNS</source>
        <translation>%1 は 2 日間「古い」ままです: DNS から外れます</translation>
    </message>
    <message>
        <source>%1 does not answer over HTTP</source>
        <translation>%1 が HTTP で応答しません</translation>
    </message>
    <message>
        <source>%1 has a stale lock: no sync runs, yet the lock stays</source>
        <translation>%1 に残留ロックがあります: 同期は動いていないのにロックが残っています</translation>
    </message>
</context>
<context>
    <name>FleetEmptyState</name>
    <message>
        <source>The inventory holds no mirrors yet.</source>
        <translation>インベントリにはまだミラーがありません。</translation>
    </message>
    <message>
        <source>Add a mirror by hand, or paste the How-to&apos;s new-mirror e-mails: each becomes a row here, checked for freshness at once. From a terminal, mirrorctl add and mirrorctl import-email do the same. To look around first, the demo lab (bash scripts/console while no inventory exists) runs 20 mirrors on this machine.</source>
        <translation>ミラーを手動で追加するか、How-to の新規ミラーのメールを貼り付けてください。それぞれがここに行として現れ、すぐに鮮度がチェックされます。端末では mirrorctl add と mirrorctl import-email が同じことをします。まず見て回るなら、デモラボ(インベントリがない間の bash scripts/console)がこのマシン上で 20 台のミラーを動かします。</translation>
    </message>
</context>
<context>
    <name>FleetExport</name>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>FleetRefresher</name>
    <message>
        <source>trigger-only: the console sends it nothing but a sync</source>
        <translation>トリガー専用: コンソールは同期の開始以外何も送りません</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>the probe&apos;s output is incomplete: %1</source>
        <translation>プローブの出力が不完全です: %1</translation>
    </message>
    <message>
        <source>it stopped early</source>
        <translation>途中で終了しました</translation>
    </message>
    <message>
        <source>the inventory %1 cannot be opened</source>
        <translation>インベントリ %1 を開けません</translation>
    </message>
    <message>
        <source>a light answer to a full probe</source>
        <translation>完全なプローブへの軽量な応答</translation>
    </message>
</context>
<context>
    <name>FleetSession</name>
    <message>
        <source>from the demo lab</source>
        <translation>デモラボから</translation>
    </message>
    <message>
        <source>%1, as expected by the inventory</source>
        <translation>%1 (インベントリの想定どおり)</translation>
    </message>
    <message>
        <source>%1 replaces %2 in %3</source>
        <translation>%3 で %2 を %1 に置き換え</translation>
    </message>
    <message>
        <source>%1 recorded in %2</source>
        <translation>%1 を %2 に記録</translation>
    </message>
    <message>
        <source>%1 trusted until the console closes</source>
        <translation>%1 をコンソールを閉じるまで信頼</translation>
    </message>
    <message>
        <source>host key %1 accepted</source>
        <translation>ホスト鍵 %1 を受け入れました</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>システムのキーチェーン内</translation>
    </message>
    <message>
        <source>sync from %1 started</source>
        <translation>%1 からの同期を開始しました</translation>
    </message>
    <message>
        <source>audit trail: %1</source>
        <translation>監査証跡: %1</translation>
    </message>
</context>
<context>
    <name>FleetSummaryStrip</name>
    <message>
        <source>its timestamp is under a day old and it serves the current daily</source>
        <translation>timestamp が 1 日未満で、最新の daily を配信しています</translation>
    </message>
    <message>
        <source>its timestamp is recent but it serves an older daily</source>
        <translation>timestamp は新しいが、古い daily を配信しています</translation>
    </message>
    <message>
        <source>its timestamp is a day old or missing: the team is warned</source>
        <translation>timestamp が 1 日古いか見つかりません: チームに警告されます</translation>
    </message>
    <message>
        <source>its timestamp is two days old: out of DNS</source>
        <translation>timestamp が 2 日古い: DNS から外されます</translation>
    </message>
    <message>
        <source>it did not answer over HTTP</source>
        <translation>HTTP で応答しませんでした</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>まだチェックしていません</translation>
    </message>
    <message>
        <source>Show only the %1 mirrors: %2</source>
        <translation>%1 のミラーだけ表示: %2</translation>
    </message>
    <message>
        <source>Show every mirror that is not fresh</source>
        <translation>最新でないミラーをすべて表示</translation>
    </message>
    <message>
        <source>not fresh</source>
        <translation>最新でない</translation>
    </message>
    <message>
        <source>probe failed</source>
        <translation>プローブ失敗</translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation>古いロック</translation>
    </message>
    <message>
        <source>failed sync</source>
        <translation>同期失敗</translation>
    </message>
    <message>
        <source>audit failure</source>
        <translation>監査不合格</translation>
    </message>
    <message>
        <source>firewall problem</source>
        <translation>ファイアウォールの問題</translation>
    </message>
    <message>
        <source>partial sync</source>
        <translation>部分的な同期</translation>
    </message>
    <message>
        <source>Show only the mirrors with a %1</source>
        <translation>%1 のあるミラーだけ表示</translation>
    </message>
    <message>
        <source>Show every mirror with a problem</source>
        <translation>問題のあるミラーをすべて表示</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Mirrors in view</source>
        <translation>表示中のミラー</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation>
            <numerusform>%n 台のミラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing %1 of %n</source>
        <translation>
            <numerusform>%n 台中 %1 台を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>stale lock</source>
        <translation>残留ロック</translation>
    </message>
    <message>
        <source>fails the setup audit</source>
        <translation>セットアップ監査に不合格</translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>前回の同期が失敗</translation>
    </message>
    <message>
        <source>trigger-only</source>
        <translation>トリガー専用</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>シェル</translation>
    </message>
    <message numerus="yes">
        <source>lagging by %n</source>
        <translation>
            <numerusform>%n 版遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail</source>
        <translation>合格 %1、不合格 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ok</source>
        <translation>
            <numerusform>%n 件 OK</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Timestamp age</source>
        <translation>タイムスタンプの経過</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>前回の同期</translation>
    </message>
    <message>
        <source>Setup audit</source>
        <translation>セットアップ監査</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>ディスク空き</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>本日の送信量</translation>
    </message>
    <message>
        <source>last sync partial</source>
        <translation>前回の同期は一部のみ</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unknown</source>
        <translation>
            <numerusform>%1、不明 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>firewall problem</source>
        <translation>ファイアウォールの問題</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>in maintenance until %1: %2</source>
        <translation>%1 までメンテナンス中: %2</translation>
    </message>
    <message>
        <source>in</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>In its country&apos;s db.XY record, as the monitor last published it</source>
        <translation>監視サービスが最後に公開した自国の db.XY レコードに登録</translation>
    </message>
    <message>
        <source>Out of its country&apos;s db.XY record, as the monitor last published it; the monitor&apos;s log says why</source>
        <translation>監視サービスが最後に公開した自国の db.XY レコードから除外。理由は監視サービスのログにあります</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Filter mirrors…</source>
        <translation>ミラーを絞り込む…</translation>
    </message>
    <message>
        <source>Filter mirrors</source>
        <translation>ミラーを絞り込む</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右クリックで表示する列を選べます</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>フリートの概要</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>Select a mirror in the table to see it here.</source>
        <translation>表でミラーを選ぶと、ここに表示されます。</translation>
    </message>
    <message>
        <source>The filter hides %1, which was selected.</source>
        <translation>選択していた %1 はフィルターで隠れています。</translation>
    </message>
    <message>
        <source>Not fresh</source>
        <translation>最新でない</translation>
    </message>
</context>
<context>
    <name>FreshnessJudge</name>
    <message>
        <source>no HTTP answer: %1</source>
        <translation>HTTP の応答なし: %1</translation>
    </message>
    <message>
        <source>timestamp %1 h old</source>
        <translation>タイムスタンプは %1 時間前</translation>
    </message>
    <message>
        <source>timestamp unavailable: redirected, which freshclam cannot follow</source>
        <translation>タイムスタンプを取得できません: freshclam が追従できないリダイレクトです</translation>
    </message>
    <message>
        <source>timestamp unavailable</source>
        <translation>タイムスタンプを取得できません</translation>
    </message>
    <message>
        <source>; old for %1 h</source>
        <translation>。%1 時間前から「古い」</translation>
    </message>
    <message>
        <source>serves daily %1, current is %2</source>
        <translation>daily %1 を配信中、最新は %2</translation>
    </message>
    <message>
        <source>timestamp unavailable: the mirror broke a limit: %1</source>
        <translation>timestamp を取得できません: ミラーが制限を超えました: %1</translation>
    </message>
</context>
<context>
    <name>FreshnessSweep</name>
    <message>
        <source>reference mirror %1</source>
        <translation>参照ミラー %1</translation>
    </message>
    <message>
        <source>the reference mirror %1 served no daily.cvd</source>
        <translation>参照ミラー %1 が daily.cvd を配信しませんでした</translation>
    </message>
</context>
<context>
    <name>FreshnessTab</name>
    <message>
        <source>Uptime per day</source>
        <translation>日ごとの稼働率</translation>
    </message>
    <message>
        <source>Verdict history</source>
        <translation>判定の履歴</translation>
    </message>
    <message>
        <source>up %</source>
        <translation>稼働 %</translation>
    </message>
    <message>
        <source>fresh %</source>
        <translation>最新 %</translation>
    </message>
    <message>
        <source>Uptime and fresh share per UTC day</source>
        <translation>UTC 日ごとの稼働率と最新率</translation>
    </message>
    <message>
        <source>No checks in the last 30 days.</source>
        <translation>直近 30 日間のチェックはありません。</translation>
    </message>
    <message>
        <source>Never checked: press Shift+F5, or wait for the hourly check.</source>
        <translation>未チェックです。Shift+F5 を押すか、毎時のチェックを待ってください。</translation>
    </message>
    <message>
        <source>Up %1 %, fresh %2 % over 7 days (%3 checks); up %4 %, fresh %5 % over 30 days (%6 checks).</source>
        <translation>7 日間: 稼働 %1 %、最新 %2 % (チェック %3 回)。30 日間: 稼働 %4 %、最新 %5 % (チェック %6 回)。</translation>
    </message>
</context>
<context>
    <name>HeldMails</name>
    <message>
        <source>No SMTP password in the keychain: %1</source>
        <translation>キーチェーンに SMTP パスワードがありません: %1</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>%1 宛: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>メール %n 通を送信しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 not: %3</source>
        <translation>%1 通送信、%2 通は未送信: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) dropped</source>
        <translation>
            <numerusform>メール %n 通を破棄しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldMailsView</name>
    <message>
        <source>Send now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Mails owed</source>
        <translation>未送信のメール</translation>
    </message>
    <message>
        <source>Send the selected held mails to the admins now</source>
        <translation>選択した保留中のメールを今すぐ管理者に送信</translation>
    </message>
    <message>
        <source>Never send the selected held mails</source>
        <translation>選択した保留中のメールを送信しない</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Dropping…</source>
        <translation>破棄中…</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Reject</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Presented fingerprint</source>
        <translation>提示されたフィンガープリント</translation>
    </message>
    <message>
        <source>Host key CHANGED: %1</source>
        <translation>ホスト鍵が変更されました: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presented a key that differs from the one on record in %3.

Someone may be intercepting the connection, or the mirror was reinstalled. Ask the mirror&apos;s admin for the new fingerprint through another channel before accepting it.

On record: %4
Presented:</source>
        <translation>%1 (%2) が %3 に記録されている鍵とは異なる鍵を提示しました。

通信が傍受されているか、ミラーが再インストールされた可能性があります。受け入れる前に、別の経路でミラーの管理者に新しいフィンガープリントを確認してください。

記録済み: %4
提示:</translation>
    </message>
    <message>
        <source>I checked the presented fingerprint with the admin of %1</source>
        <translation>提示されたフィンガープリントを %1 の管理者と照合しました</translation>
    </message>
    <message>
        <source>Replace the recorded key</source>
        <translation>記録済みの鍵を置き換える</translation>
    </message>
    <message>
        <source>Unknown host key: %1</source>
        <translation>不明なホスト鍵: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presented a key the console has not seen. Compare its fingerprint with what the admin sent:</source>
        <translation>%1 (%2) がコンソールの知らない鍵を提示しました。管理者から届いたフィンガープリントと比較してください:</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>今回だけ受け入れる</translation>
    </message>
    <message>
        <source>Trust it until the console closes; nothing is written</source>
        <translation>コンソールを閉じるまで信頼します。何も書き込みません</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>受け入れて記録する</translation>
    </message>
</context>
<context>
    <name>HostKeyStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>HostKeyVerdict</name>
    <message>
        <source>%1 (%2) presented its known host key %3.</source>
        <translation>%1 (%2) は既知のホスト鍵 %3 を提示しました。</translation>
    </message>
    <message>
        <source>%1 (%2) presented a host key the console does not know yet: %3 (%4). Check it with the mirror&apos;s admin, then accept it.</source>
        <translation>%1 (%2) がコンソールの知らないホスト鍵を提示しました: %3 (%4)。ミラーの管理者と照合してから受け入れてください。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED: it now presents %3, but %4 is on record in %5. Someone may be intercepting the connection, or the mirror was reinstalled. The connection was refused. Confirm the new key with the mirror&apos;s admin (changes are announced on the mirrors list); only then accept it, which is recorded in the audit trail.</source>
        <translation>%1 (%2) のホスト鍵が変更されました: 現在 %3 を提示していますが、%5 には %4 が記録されています。通信が傍受されているか、ミラーが再インストールされた可能性があります。接続は拒否しました。新しい鍵をミラーの管理者に確認し (変更はミラーのメーリングリストで告知されます)、その後で受け入れてください。受け入れは監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>%1 (%2) presented the revoked host key %3 (marked in %4). The connection was refused.</source>
        <translation>%1 (%2) が失効済みのホスト鍵 %3 (%4 に記載) を提示しました。接続は拒否しました。</translation>
    </message>
</context>
<context>
    <name>HttpChecker</name>
    <message>
        <source>%1: body over %2 bytes</source>
        <translation>%1: 本文が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: not answered within %2 s</source>
        <translation>%1: %2 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is already in the inventory</source>
        <translation>%1 はすでにインベントリにあります</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1 (fix them, or import the rest with --partial)</source>
        <translation>
            <numerusform>何もインポートしていません: %1 に問題が %n 件あります (修正するか、--partial で残りをインポートしてください)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message numerus="yes">
        <source>imported %n mirror(s)</source>
        <translation>
            <numerusform>ミラーを %n 台インポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good mirrors even when some are bad.</source>
        <translation>一部に問題があっても、正しいミラーはインポートします。</translation>
    </message>
    <message>
        <source>The e-mail text, or - for standard input.</source>
        <translation>メール本文のファイル。標準入力なら -。</translation>
    </message>
    <message>
        <source>import-email takes one file (or - for standard input)</source>
        <translation>import-email にはファイルを 1 つ指定します (標準入力なら -)</translation>
    </message>
    <message>
        <source>The lab&apos;s inventory.json, or a JSON export.</source>
        <translation>ラボの inventory.json、または JSON エクスポート。</translation>
    </message>
    <message>
        <source>import-lab takes one file</source>
        <translation>import-lab にはファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>%1: %2 changes from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>%1: %2 が「%3」から「%4」に変わります</translation>
    </message>
    <message>
        <source>%1 would turn from trigger-only to shell, and the console would then run commands there (each one a sync while the key is still the forced one): give --allow-shell if the mirror&apos;s admin installed the shell key</source>
        <translation>%1 がトリガー専用からシェルに変わり、コンソールはそこでコマンドを実行するようになります(鍵が強制コマンドのままなら、そのたびに同期が始まります): ミラーの管理者がシェル用の鍵を設置したなら --allow-shell を指定してください</translation>
    </message>
    <message>
        <source>re-imported from %1: nothing changed</source>
        <translation>%1 から再インポート: 変更なし</translation>
    </message>
    <message>
        <source>re-imported from %1: %2</source>
        <translation>%1 から再インポート: %2</translation>
    </message>
    <message>
        <source>Update mirrors already in the inventory (fields the file leaves out keep their stored values).</source>
        <translation>インベントリにすでにあるミラーを更新します(ファイルにない項目は保存済みの値のままです)。</translation>
    </message>
    <message>
        <source>With --replace: let the file turn a trigger-only mirror into a shell one.</source>
        <translation>--replace と併用: ファイルによるトリガー専用ミラーのシェルへの変更を許可します。</translation>
    </message>
    <message>
        <source>How the console reaches them: trigger-only (the default) or shell.</source>
        <translation>コンソールの接続方法: trigger-only(既定)または shell。</translation>
    </message>
    <message>
        <source>The port their sshd listens on (22 by default).</source>
        <translation>sshd が待ち受けるポート(既定は 22)。</translation>
    </message>
    <message>
        <source>--mode is shell or trigger-only, not &quot;%1&quot;</source>
        <translation>--mode は shell か trigger-only です。「%1」ではありません</translation>
    </message>
    <message>
        <source>--port is a port from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port は 1 から 65535 のポートです。「%1」ではありません</translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message>
        <source>Import the mirrors that are fine, leave the rest</source>
        <translation>問題のないミラーだけインポートし、残りはそのままにする</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import new-mirror e-mails</source>
        <translation>新規ミラーのメールをインポート</translation>
    </message>
    <message>
        <source>Paste one or more e-mails here:
  * clamav.foo.com
  * ip address: 1.2.3.4
  * country: Poland
  * admin: John Doe &lt;john.doe@foo.com&gt; || &lt;alerts@foo.com&gt;</source>
        <translation>ここに 1 通以上のメールを貼り付けてください:
  * clamav.foo.com
  * ip address: 1.2.3.4
  * country: Poland
  * admin: John Doe &lt;john.doe@foo.com&gt; || &lt;alerts@foo.com&gt;</translation>
    </message>
    <message>
        <source>Pasted e-mail</source>
        <translation>貼り付けたメール</translation>
    </message>
    <message>
        <source>Mirrors read from the e-mail</source>
        <translation>メールから読み取ったミラー</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mirror(s)</source>
        <translation>
            <numerusform>ミラーを %n 台インポート</numerusform>
        </translation>
    </message>
    <message>
        <source>a pasted e-mail</source>
        <translation>貼り付けたメール</translation>
    </message>
    <message>
        <source>Trigger-only (forced command: any command starts a sync)</source>
        <translation>トリガーのみ(強制コマンド: どのコマンドでも同期が始まる)</translation>
    </message>
    <message>
        <source>Shell (the admin installed the shell key)</source>
        <translation>シェル(管理者がシェル用の鍵を導入済み)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>The e-mail does not say which key the admin installed: authorized_keys_noshell (trigger-only) or authorized_keys_shell.</source>
        <translation>メールには管理者が導入した鍵が書かれていません: authorized_keys_noshell(トリガーのみ)か authorized_keys_shell か。</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH ポート</translation>
    </message>
    <message>
        <source>Where the mirror&apos;s sshd listens; the How-to asks for 22, or a redirect from 22 for the team&apos;s addresses.</source>
        <translation>ミラーの sshd が待ち受けるポート。How-to は 22、またはチームのアドレスからの 22 のリダイレクトを求めています。</translation>
    </message>
    <message>
        <source>Mirrors added</source>
        <translation>追加したミラー</translation>
    </message>
    <message>
        <source>%1 (%2, %3, port %4)</source>
        <translation>%1(%2、%3、ポート %4)</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>シェル</translation>
    </message>
    <message>
        <source>trigger-only</source>
        <translation>トリガーのみ</translation>
    </message>
    <message numerus="yes">
        <source>Added %n mirror(s) to the inventory: %1. Paste another e-mail to add more.</source>
        <translation>
            <numerusform>%n 件のミラーをインベントリに追加しました: %1。さらに追加するには別のメールを貼り付けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
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
        <translation>%1 &lt;%2&gt;、アラート送信先 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>already in the inventory: left as it is</source>
        <translation>インベントリに登録済み: そのままにします</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>The mirror&apos;s host name.</source>
        <translation>ミラーのホスト名。</translation>
    </message>
    <message>
        <source>add takes exactly one mirror name</source>
        <translation>add にはミラー名をちょうど 1 つ指定します</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>不明な国 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--admin: %1</source>
        <translation>--admin: %1</translation>
    </message>
    <message>
        <source>--port %1 is not a port number</source>
        <translation>--port %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>--mode is shell or trigger-only, not &quot;%1&quot;</source>
        <translation>--mode は shell か trigger-only です (&quot;%1&quot; ではなく)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <source>The mirror to remove.</source>
        <translation>削除するミラー。</translation>
    </message>
    <message>
        <source>remove takes exactly one mirror name</source>
        <translation>remove にはミラー名をちょうど 1 つ指定します</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>インベントリにミラー %1 はありません</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>(disabled) </source>
        <translation>(無効) </translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;</source>
        <translation>--format は json か csv です (&quot;%1&quot; ではなく)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>InventoryDatabase</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot open the inventory %1: %2</source>
        <translation>インベントリ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mirror Console (schema %2, this one knows %3); it was left untouched</source>
        <translation>%1 は新しい Mirror Console で書き込まれています (スキーマ %2、このバージョンは %3 まで対応)。変更せずにそのままにしました</translation>
    </message>
    <message>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>%1 をスキーマ %2 に更新できません: %3</translation>
    </message>
    <message>
        <source>cannot record schema %1 in %2</source>
        <translation>スキーマ %1 を %2 に記録できません</translation>
    </message>
</context>
<context>
    <name>InventoryExchange</name>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>access mode &quot;%1&quot; is neither shell nor trigger-only</source>
        <translation>アクセスモード &quot;%1&quot; は shell でも trigger-only でもありません</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>no &quot;mirrors&quot; array at the top level</source>
        <translation>最上位に &quot;mirrors&quot; 配列がありません</translation>
    </message>
    <message>
        <source>mirror %1 is not an object</source>
        <translation>ミラー %1 がオブジェクトではありません</translation>
    </message>
    <message>
        <source>mirror %1 (%2): %3</source>
        <translation>ミラー %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>IptablesSaveParser</name>
    <message>
        <source>a rule before any *table line</source>
        <translation>*table 行より前にルールがあります</translation>
    </message>
    <message>
        <source>not an iptables-save line: %1</source>
        <translation>iptables-save の行ではありません: %1</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number</source>
        <translation>ポート &quot;%1&quot; が数値ではありません</translation>
    </message>
</context>
<context>
    <name>LiveSyncRuns</name>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>checking the result</source>
        <translation>結果を確認中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>sync from %1</source>
        <translation>%1 からの同期</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>開始されませんでした</translation>
    </message>
    <message>
        <source>the result was not checked</source>
        <translation>結果は確認していません</translation>
    </message>
    <message>
        <source>stopped waiting; the sync goes on on the mirror</source>
        <translation>待機をやめました。同期はミラー上で続いています</translation>
    </message>
    <message>
        <source>stopped following; the sync goes on</source>
        <translation>追跡をやめました。同期は続いています</translation>
    </message>
    <message>
        <source>the forced command exited with %1</source>
        <translation>強制コマンドが %1 で終了しました</translation>
    </message>
    <message>
        <source>the forced command ended; refresh the freshness to see the result</source>
        <translation>強制コマンドが終了しました。結果は鮮度チェックで確認してください</translation>
    </message>
    <message>
        <source>clam-clientsync exited with %1</source>
        <translation>clam-clientsync が %1 で終了しました</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, %1 received</source>
        <translation>
            <numerusform>%n ファイル変更、%1 受信</numerusform>
        </translation>
    </message>
    <message>
        <source>rsync failed</source>
        <translation>rsync が失敗しました</translation>
    </message>
    <message>
        <source>the log ends before rsync&apos;s totals</source>
        <translation>rsync の集計行より前でログが終わっています</translation>
    </message>
    <message>
        <source>the forced command ended, but the mirror does not answer over HTTP: %1</source>
        <translation>強制コマンドは終了しましたが、ミラーが HTTP で応答しません: %1</translation>
    </message>
    <message>
        <source>the forced command ended, but the mirror serves no timestamp</source>
        <translation>強制コマンドは終了しましたが、ミラーがタイムスタンプを配信していません</translation>
    </message>
    <message>
        <source>, daily %1</source>
        <translation>、daily %1</translation>
    </message>
    <message numerus="yes">
        <source>the forced command ended; timestamp %n minute(s) old%1</source>
        <translation>
            <numerusform>強制コマンドが終了しました。タイムスタンプは %n 分前%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>partial: %n file(s), some not transferred (%1)</source>
        <translation>
            <numerusform>一部のみ: %n 個のファイル、転送されなかったものがあります(%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no sync started: %2</source>
        <translation>%1: 同期を開始しませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is trigger-only: its sync runs only while the connection stays open</source>
        <translation>%1 はトリガー専用です: 同期は接続が開いている間だけ実行されます</translation>
    </message>
</context>
<context>
    <name>LiveSyncTableModel</name>
    <message>
        <source>followed</source>
        <translation>追跡</translation>
    </message>
    <message>
        <source>trigger-only</source>
        <translation>トリガー専用</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>シェル</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>プッシュマスター</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Result or latest line</source>
        <translation>結果または最新の行</translation>
    </message>
</context>
<context>
    <name>LocalCommand</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 を起動できませんでした</translation>
    </message>
    <message>
        <source>%1 did not end before its deadline and was killed</source>
        <translation>%1 が期限内に終わらなかったため強制終了しました</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 がクラッシュしました</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 が終了コード %2 で失敗しました</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <source>no lock, yet a sync is running: it runs unlocked (is DocumentRoot writable?)</source>
        <translation>ロックがないのに同期が実行中です: ロックなしで動いています (DocumentRoot は書き込み可能ですか?)</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>ロックなし</translation>
    </message>
    <message>
        <source>held by a running sync for %1</source>
        <translation>実行中の同期が %1 前から保持</translation>
    </message>
    <message>
        <source>stale for %1: the next sync will force it away</source>
        <translation>%1 前から残留: 次の同期が強制的に取り除きます</translation>
    </message>
    <message>
        <source>stale for %1, no sync running: syncs refuse to start until %2 UTC, when the next one forces it away; break it to sync sooner</source>
        <translation>%1 前から残留、同期は実行されていません: %2 UTC に次の同期が取り除くまで同期は始まりません。早く同期するにはロックを解除してください</translation>
    </message>
    <message>
        <source>unknown: the probe could not read the lock</source>
        <translation>不明: プローブでロックを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>LockTab</name>
    <message>
        <source>Break stale lock…</source>
        <translation>残留ロックを解除…</translation>
    </message>
    <message>
        <source>Only a stale lock can be broken: one held by a running sync never is</source>
        <translation>解除できるのは残留ロックだけです。実行中の同期が保持するロックは解除しません</translation>
    </message>
    <message>
        <source>%1 is trigger-only: its lock is seen over HTTP only, as the freshness check reports a sync in progress.</source>
        <translation>%1 はトリガー専用です: ロックは、鮮度チェックが同期中と報告したときに HTTP 経由でしか分かりません。</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>まだ更新していません。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Lock file</source>
        <translation>ロックファイル</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Forced away by the next run from</source>
        <translation>次の実行で強制解除される時刻</translation>
    </message>
    <message>
        <source>Sync processes seen</source>
        <translation>確認された同期プロセス</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remove the sync lock of %1?

No sync of %1 is running now; the mirror checks again before removing it, and refuses if one started meanwhile.</source>
        <translation>%1 の同期ロックを削除しますか?

現在 %1 の同期は実行されていません。ミラーは削除の直前にもう一度確認し、その間に同期が始まっていれば拒否します。</translation>
    </message>
    <message>
        <source>Break stale lock</source>
        <translation>残留ロックを解除</translation>
    </message>
    <message>
        <source>Break the lock of %1</source>
        <translation>%1 のロックを解除</translation>
    </message>
</context>
<context>
    <name>LogBrowser</name>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>エラーと警告のみ</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>ログ内を検索</translation>
    </message>
    <message>
        <source>Read the search text as a regular expression (PCRE)</source>
        <translation>検索文字列を正規表現 (PCRE) として扱う</translation>
    </message>
    <message>
        <source>Keep the last line in view while the log grows</source>
        <translation>ログが伸びても最終行を表示し続ける</translation>
    </message>
    <message>
        <source>Show only the lines that read as errors or warnings</source>
        <translation>エラーや警告と判断される行だけを表示する</translation>
    </message>
    <message>
        <source>Time to go to</source>
        <translation>移動先の時刻</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>◀ Problem</source>
        <translation>◀ 問題</translation>
    </message>
    <message>
        <source>Previous error or warning (Shift+F8)</source>
        <translation>前のエラーまたは警告 (Shift+F8)</translation>
    </message>
    <message>
        <source>Problem ▶</source>
        <translation>問題 ▶</translation>
    </message>
    <message>
        <source>Next error or warning (F8)</source>
        <translation>次のエラーまたは警告 (F8)</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>時刻へ移動</translation>
    </message>
    <message>
        <source>Go to the first line stamped at or after this time</source>
        <translation>この時刻以降のタイムスタンプを持つ最初の行へ移動</translation>
    </message>
    <message>
        <source>No match below; searching from the top.</source>
        <translation>下に一致なし。先頭から検索します。</translation>
    </message>
    <message>
        <source>No match above; searching from the bottom.</source>
        <translation>上に一致なし。末尾から検索します。</translation>
    </message>
    <message>
        <source>No line matches “%1”.</source>
        <translation>&quot;%1&quot; に一致する行はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors or warnings.</source>
        <translation>
            <numerusform>エラーまたは警告の行が %n 行あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No line of this log carries a time.</source>
        <translation>このログにはタイムスタンプ付きの行がありません。</translation>
    </message>
    <message>
        <source>Line %1 of %2.</source>
        <translation>%2 行中 %1 行目。</translation>
    </message>
    <message>
        <source>Finding the errors and warnings…</source>
        <translation>エラーと警告を検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n 行、%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>the heading of a run</source>
        <translation>実行の見出し</translation>
    </message>
</context>
<context>
    <name>LogMatcher</name>
    <message>
        <source>nothing to search for</source>
        <translation>検索する文字列がありません</translation>
    </message>
    <message>
        <source>the regular expression %1 is wrong at character %2: %3</source>
        <translation>正規表現 %1 の %2 文字目に誤りがあります: %3</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 はディレクトリです</translation>
    </message>
</context>
<context>
    <name>LogWorker</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>no SMTP password: %1 (keep it in the keychain, or give --password-file)</source>
        <translation>SMTP パスワードがありません: %1(キーチェーンに保管するか --password-file を指定してください)</translation>
    </message>
    <message>
        <source>no mail waits</source>
        <translation>待機中のメールはありません</translation>
    </message>
    <message>
        <source>no mail %1 waits</source>
        <translation>待機中のメール %1 はありません</translation>
    </message>
    <message>
        <source>mail %1 is not held: only a held mail is dropped</source>
        <translation>メール %1 は保留されていません: 破棄できるのは保留中のメールだけです</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>%1 宛: %2</translation>
    </message>
    <message>
        <source>mail %1: %2</source>
        <translation>メール %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>「%1」はメールアドレスではありません</translation>
    </message>
    <message>
        <source>sent a test mail to %1</source>
        <translation>%1 にテストメールを送信しました</translation>
    </message>
    <message>
        <source>The SMTP password in a file only its owner may read (default: the keychain).</source>
        <translation>所有者だけが読めるファイルに入った SMTP パスワード(既定: キーチェーン)。</translation>
    </message>
    <message>
        <source>SMTP password for %1: </source>
        <translation>%1 の SMTP パスワード: </translation>
    </message>
    <message>
        <source>mail keep-password reads the password from standard input</source>
        <translation>mail keep-password は標準入力からパスワードを読み込みます</translation>
    </message>
    <message>
        <source>the SMTP password was not kept: %1</source>
        <translation>SMTP パスワードを保管できませんでした: %1</translation>
    </message>
    <message>
        <source>pending, send ID..., drop ID..., test ADDRESS, or keep-password (from standard input into the keychain).</source>
        <translation>pending、send ID...、drop ID...、test アドレス、または keep-password(標準入力からキーチェーンへ)。</translation>
    </message>
    <message>
        <source>mail takes pending, send ID..., drop ID..., test ADDRESS or keep-password</source>
        <translation>mail には pending、send ID...、drop ID...、test アドレス、keep-password のいずれかを指定します</translation>
    </message>
</context>
<context>
    <name>MailWireFormat</name>
    <message>
        <source>the sender&apos;s address &quot;%1&quot; is not an e-mail address</source>
        <translation>送信者のアドレス「%1」はメールアドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>「%1」はメールアドレスではありません</translation>
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
        <translation>フリート</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>インベントリ: %1</translation>
    </message>
    <message>
        <source>Demo lab running: %1</source>
        <translation>デモラボ実行中: %1</translation>
    </message>
    <message>
        <source>Select the mirrors to sync in the table first</source>
        <translation>同期するミラーを先に表で選択してください</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更していません: %1</translation>
    </message>
    <message>
        <source>Select the mirrors to remove in the table first</source>
        <translation>削除するミラーを先に表で選択してください</translation>
    </message>
    <message>
        <source>Remove mirrors</source>
        <translation>ミラーを削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mirror(s) from the inventory?

%1

Their history and sync runs go with them; the audit trail keeps the removal.</source>
        <translation>
            <numerusform>%n 台のミラーをインベントリから削除しますか?

%1

履歴と同期実行の記録も削除されます。削除したことは監査証跡に残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mirror(s)</source>
        <translation>
            <numerusform>ミラーを %n 台削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>削除していません: %1</translation>
    </message>
    <message>
        <source>Mirror details</source>
        <translation>ミラーの詳細</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <source>Zone fragments (*.zone)</source>
        <translation>ゾーン断片 (*.zone)</translation>
    </message>
    <message>
        <source>Export the fleet</source>
        <translation>フリートをエクスポート</translation>
    </message>
    <message>
        <source>Exporting the fleet to %1…</source>
        <translation>フリートを %1 にエクスポート中…</translation>
    </message>
    <message>
        <source>Fleet exported to %1</source>
        <translation>フリートを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>エクスポートできません: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>maintenance add takes one mirror</source>
        <translation>maintenance add にはミラーを一つ指定します</translation>
    </message>
    <message>
        <source>--from takes now, +30m, +2h, +1d or an ISO 8601 time, not &quot;%1&quot;</source>
        <translation>--from には now、+30m、+2h、+1d、または ISO 8601 の時刻を指定します。「%1」は不可</translation>
    </message>
    <message>
        <source>--until takes +30m, +2h, +1d or an ISO 8601 time, not &quot;%1&quot;</source>
        <translation>--until には +30m、+2h、+1d、または ISO 8601 の時刻を指定します。「%1」は不可</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>インベントリにミラー %1 はありません</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 から %2: %3</translation>
    </message>
    <message>
        <source>maintenance %1 of %2: %3 to %4</source>
        <translation>%2 のメンテナンス %1: %3 から %4</translation>
    </message>
    <message>
        <source>, under way</source>
        <translation>、実施中</translation>
    </message>
    <message>
        <source>no maintenance under way or to come</source>
        <translation>実施中または予定のメンテナンスはありません</translation>
    </message>
    <message>
        <source>maintenance end takes a window&apos;s number or a mirror</source>
        <translation>maintenance end には期間の番号かミラーを指定します</translation>
    </message>
    <message>
        <source>no maintenance %1 under way or to come</source>
        <translation>実施中または予定のメンテナンス %1 はありません</translation>
    </message>
    <message>
        <source>maintenance %1 of %2 ended; the mirror returns to DNS after a fresh check</source>
        <translation>%2 のメンテナンス %1 を終了しました。最新と確認されたあとでミラーは DNS に戻ります</translation>
    </message>
    <message>
        <source>add MIRROR, list, or end ID|MIRROR.</source>
        <translation>add ミラー、list、または end ID|ミラー。</translation>
    </message>
    <message>
        <source>When it starts (default now).</source>
        <translation>開始時刻(既定: 今)。</translation>
    </message>
    <message>
        <source>When it ends: +2h, +1d, or an ISO 8601 time.</source>
        <translation>終了時刻: +2h、+1d、または ISO 8601 の時刻。</translation>
    </message>
    <message>
        <source>Why, as the admin gave it.</source>
        <translation>理由(管理者の説明どおり)。</translation>
    </message>
    <message>
        <source>maintenance takes add, list or end</source>
        <translation>maintenance には add、list、end のいずれかを指定します</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Looking for a maintenance under way…</source>
        <translation>実施中のメンテナンスを確認しています…</translation>
    </message>
    <message>
        <source>Start maintenance</source>
        <translation>メンテナンスを開始</translation>
    </message>
    <message>
        <source>End maintenance now</source>
        <translation>今すぐメンテナンスを終了</translation>
    </message>
    <message>
        <source>Maintenance of %1</source>
        <translation>%1 のメンテナンス</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>as the admin gave it, e.g. disk replacement</source>
        <translation>管理者の説明どおりに(例: ディスク交換)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>While it lasts the mirror has no alerts and no mails, and stays out of DNS. Once it ends, the mirror returns to DNS after a check finds it fresh.</source>
        <translation>期間中はミラーのアラートもメールもなく、DNS からも外れます。終了後、検査で最新と確認されると DNS に戻ります。</translation>
    </message>
    <message>
        <source>In maintenance until %1: %2</source>
        <translation>%1 までメンテナンス中: %2</translation>
    </message>
    <message>
        <source>No maintenance under way.</source>
        <translation>実施中のメンテナンスはありません。</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindows</name>
    <message>
        <source>a maintenance window must end after it starts</source>
        <translation>メンテナンス期間は開始より後に終わらなければなりません</translation>
    </message>
    <message>
        <source>a maintenance window needs a reason: it is shown beside the mirror</source>
        <translation>メンテナンス期間には理由が必要です: ミラーの横に表示されます</translation>
    </message>
    <message>
        <source>cannot record the maintenance window: %1</source>
        <translation>メンテナンス期間を記録できません: %1</translation>
    </message>
    <message>
        <source>cannot end the maintenance window: %1</source>
        <translation>メンテナンス期間を終了できません: %1</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>cannot serve the metrics on %1 port %2</source>
        <translation>%1 のポート %2 でメトリクスを提供できません</translation>
    </message>
</context>
<context>
    <name>MirrorDetailPane</name>
    <message>
        <source>Setup audit</source>
        <translation>セットアップ監査</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>同期の実行</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>鮮度</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>合格 %1、不合格 %2</translation>
    </message>
    <message>
        <source>The rules could not be read; reachability was tested for real.</source>
        <translation>ルールを読み取れませんでした。到達性は実際に接続して確認しました。</translation>
    </message>
    <message>
        <source>Rules read with %1</source>
        <translation>%1 でルールを読み取りました</translation>
    </message>
    <message>
        <source>Mirror shown</source>
        <translation>表示中のミラー</translation>
    </message>
    <message>
        <source>Select a mirror in the table to see it here.</source>
        <translation>表でミラーを選ぶと、ここに表示されます。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The changes to clam-clientsync.conf of %1 are not written. Leave them and show another tab?</source>
        <translation>%1 の clam-clientsync.conf への変更はまだ書き込まれていません。破棄して別のタブを表示しますか?</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the current row; %n mirrors selected)</source>
        <translation>
            <numerusform>%1 (現在の行。%n 件のミラーを選択中)</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes to clam-clientsync.conf of %1 are not written. Discard them and leave the mirror?</source>
        <translation>%1 の clam-clientsync.conf への変更はまだ書き込まれていません。破棄してこのミラーを離れますか?</translation>
    </message>
</context>
<context>
    <name>MirrorFormDialog</name>
    <message>
        <source>Enabled: refreshed, checked and exported</source>
        <translation>有効: 更新・チェック・エクスポートの対象</translation>
    </message>
    <message>
        <source>Edit mirror %1</source>
        <translation>ミラー %1 を編集</translation>
    </message>
    <message>
        <source>Add a mirror</source>
        <translation>ミラーを追加</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Administrator&apos;s e-mail</source>
        <translation>管理者のメールアドレス</translation>
    </message>
    <message>
        <source>E-mail for alerts</source>
        <translation>アラート送信先メールアドレス</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH ポート</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP ポート</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH ユーザー</translation>
    </message>
    <message>
        <source>Shell (probe and act)</source>
        <translation>シェル (プローブと操作)</translation>
    </message>
    <message>
        <source>Trigger-only (forced command: any command starts a sync)</source>
        <translation>トリガー専用 (強制コマンド: どのコマンドでも同期が始まる)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>プッシュマスター</translation>
    </message>
    <message>
        <source>Home directory</source>
        <translation>ホームディレクトリ</translation>
    </message>
    <message>
        <source>the account&apos;s home</source>
        <translation>アカウントのホーム</translation>
    </message>
    <message>
        <source>Conf file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>DocumentRoot</source>
        <translation>DocumentRoot</translation>
    </message>
    <message>
        <source>TO= from the conf</source>
        <translation>設定ファイルの TO=</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>アクセスログ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>System host name</source>
        <translation>システムのホスト名</translation>
    </message>
    <message>
        <source>learned by the first refresh</source>
        <translation>最初の更新で取得</translation>
    </message>
    <message>
        <source>SSH key file</source>
        <translation>SSH 鍵ファイル</translation>
    </message>
    <message>
        <source>the console&apos;s key</source>
        <translation>コンソールの鍵</translation>
    </message>
    <message>
        <source>Expected host key</source>
        <translation>想定するホスト鍵</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>まだ保存できません: %1。</translation>
    </message>
    <message>
        <source>the mirror form</source>
        <translation>ミラーのフォーム</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 is trigger-only: any command there starts a sync. As a shell mirror the console will run its probe there at every refresh. Do it only when the mirror&apos;s admin installed the shell key.

%2</source>
        <translation>%1 はトリガー専用です: そこでのどのコマンドも同期を始めます。シェルミラーにすると、コンソールは更新のたびにそこで調査を実行します。ミラーの管理者がシェル用の鍵を設置した場合にだけ行ってください。

%2</translation>
    </message>
    <message>
        <source>These changes of %1 decide where and how the console connects:

%2</source>
        <translation>%1 のこれらの変更は、コンソールの接続先と接続方法を決めます:

%2</translation>
    </message>
    <message>
        <source>Allow shell access</source>
        <translation>シェルアクセスを許可</translation>
    </message>
    <message>
        <source>Change access</source>
        <translation>アクセスを変更</translation>
    </message>
    <message>
        <source>Allow shell</source>
        <translation>シェルを許可</translation>
    </message>
    <message>
        <source>Country (name or ISO code)</source>
        <translation>国(名前または ISO コード)</translation>
    </message>
    <message>
        <source>PL or Poland</source>
        <translation>PL または Poland</translation>
    </message>
</context>
<context>
    <name>MirrorInventory</name>
    <message>
        <source>name &quot;%1&quot; is not a host name</source>
        <translation>名前 &quot;%1&quot; はホスト名ではありません</translation>
    </message>
    <message>
        <source>address &quot;%1&quot; is not an IP address</source>
        <translation>アドレス &quot;%1&quot; は IP アドレスではありません</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; is not an ISO 3166 alpha-2 code such as PL</source>
        <translation>国 &quot;%1&quot; は PL のような ISO 3166 alpha-2 コードではありません</translation>
    </message>
    <message>
        <source>ssh port 0 is not a port</source>
        <translation>SSH ポート 0 はポートではありません</translation>
    </message>
    <message>
        <source>no user to log in as</source>
        <translation>ログインするユーザーがありません</translation>
    </message>
    <message>
        <source>admin e-mail &quot;%1&quot; is not an e-mail address</source>
        <translation>管理者メール &quot;%1&quot; はメールアドレスではありません</translation>
    </message>
    <message>
        <source>alerts e-mail &quot;%1&quot; is not an e-mail address</source>
        <translation>アラート用メール &quot;%1&quot; はメールアドレスではありません</translation>
    </message>
    <message>
        <source>mirror %1 not added: %2</source>
        <translation>ミラー %1 を追加していません: %2</translation>
    </message>
    <message>
        <source>mirror %1 is already in the inventory</source>
        <translation>ミラー %1 はすでにインベントリにあります</translation>
    </message>
    <message>
        <source>mirror %1 not changed: %2</source>
        <translation>ミラー %1 を変更していません: %2</translation>
    </message>
    <message>
        <source>mirror %1 is no longer in the inventory</source>
        <translation>ミラー %1 はもうインベントリにありません</translation>
    </message>
    <message>
        <source>mirror not removed: %1</source>
        <translation>ミラーを削除していません: %1</translation>
    </message>
    <message>
        <source>no mirror with id %1</source>
        <translation>ID %1 のミラーはありません</translation>
    </message>
    <message>
        <source>home directory</source>
        <translation>ホームディレクトリ</translation>
    </message>
    <message>
        <source>conf path</source>
        <translation>設定ファイルのパス</translation>
    </message>
    <message>
        <source>log path</source>
        <translation>ログのパス</translation>
    </message>
    <message>
        <source>access log path</source>
        <translation>アクセスログのパス</translation>
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
        <translation>ClamAV ミラーフリートの監視サービス: 定期的な更新と鮮度検査、アラート、チームとミラー管理者へのメール。</translation>
    </message>
    <message>
        <source>run in a terminal: log lines with their time, no systemd expected</source>
        <translation>端末で実行: ログ行に時刻を付け、systemd を前提にしない</translation>
    </message>
    <message>
        <source>where the inventory, settings and known hosts are (default: $STATE_DIRECTORY, or /var/lib/mirror-monitor)</source>
        <translation>インベントリ、設定、既知のホストの場所(既定: $STATE_DIRECTORY または /var/lib/mirror-monitor)</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>the file holding the SMTP password, readable by its owner alone (default: $CREDENTIALS_DIRECTORY/smtp-password, or /etc/mirror-monitor/smtp-password)</source>
        <translation>SMTP パスワードを保持する、所有者だけが読めるファイル(既定: $CREDENTIALS_DIRECTORY/smtp-password または /etc/mirror-monitor/smtp-password)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>the DNS server asked for current.cvd.clamav.net instead of the system&apos;s</source>
        <translation>システムの代わりに current.cvd.clamav.net を問い合わせる DNS サーバー</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>mirror-monitor takes no arguments, only options: %1</source>
        <translation>mirror-monitor は引数を取らず、オプションのみです: %1</translation>
    </message>
    <message>
        <source>--nameserver takes an IP address, not &quot;%1&quot;</source>
        <translation>--nameserver には IP アドレスを指定します。「%1」は不可</translation>
    </message>
    <message>
        <source>the TSIG key nsupdate signs the DNS updates with, when the setting dns/key-file names none (default: $CREDENTIALS_DIRECTORY/dns-key, or /etc/mirror-monitor/dns-key)</source>
        <translation>設定 dns/key-file が空のとき nsupdate が DNS 更新の署名に使う TSIG 鍵（既定: $CREDENTIALS_DIRECTORY/dns-key、または /etc/mirror-monitor/dns-key）</translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <source>Uptime over the last N days (default 30).</source>
        <translation>直近 N 日間の稼働率 (既定 30)。</translation>
    </message>
    <message>
        <source>--days takes a whole number of days, not &quot;%1&quot;</source>
        <translation>--days には日数を整数で指定します (&quot;%1&quot; ではなく)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Ask this DNS server for current.cvd.clamav.net (default: the system&apos;s).</source>
        <translation>current.cvd.clamav.net をこの DNS サーバーに問い合わせます (既定: システムのもの)。</translation>
    </message>
    <message>
        <source>Take the current daily from this mirror instead of DNS.</source>
        <translation>最新の daily を DNS ではなくこのミラーから取得します。</translation>
    </message>
    <message>
        <source>Mirrors (default: every enabled one).</source>
        <translation>ミラー (既定: 有効なミラーすべて)。</translation>
    </message>
    <message>
        <source>mirrorctl: %1; lagging is not judged</source>
        <translation>mirrorctl: %1。遅れは判定しません</translation>
    </message>
    <message>
        <source>Print the status as CSV.</source>
        <translation>状態を CSV で出力します。</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>Only db.XY.clamav.net of this country.</source>
        <translation>この国の db.XY.clamav.net のみ。</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>FILE に書き込みます。</translation>
    </message>
    <message>
        <source>no mirror in country %1</source>
        <translation>国 %1 にミラーはありません</translation>
    </message>
    <message>
        <source>One line for Nagios or Icinga, with perfdata; exit 0 ok, 1 warning (lagging, old), 2 critical (removed, unreachable), 3 unknown.</source>
        <translation>Nagios や Icinga 向けの一行(perfdata 付き)。終了コード 0 正常、1 警告(遅れ、古い)、2 重大(削除、到達不能)、3 不明。</translation>
    </message>
</context>
<context>
    <name>MonitorService</name>
    <message>
        <source>current versions unknown (%1): %2</source>
        <translation>最新バージョンが不明です(%1): %2</translation>
    </message>
    <message>
        <source>mail/from is not set: the alerts are kept, but no mail can leave</source>
        <translation>mail/from が未設定です: アラートは記録されますが、メールは送信できません</translation>
    </message>
</context>
<context>
    <name>NetDevParser</name>
    <message>
        <source>not /proc/net/dev: its two header lines are missing</source>
        <translation>/proc/net/dev ではありません: 2 行のヘッダーがありません</translation>
    </message>
    <message>
        <source>no &quot;interface:&quot; at the start of the line</source>
        <translation>行頭に &quot;interface:&quot; がありません</translation>
    </message>
    <message>
        <source>%1 counters where /proc/net/dev has 16</source>
        <translation>/proc/net/dev は 16 個のところ、カウンターが %1 個です</translation>
    </message>
    <message>
        <source>a counter of %1 is not a number</source>
        <translation>%1 のカウンターが数値ではありません</translation>
    </message>
</context>
<context>
    <name>NewMirrorEmailParser</name>
    <message>
        <source>more than one &quot;||&quot; in the admin field</source>
        <translation>admin 欄に &quot;||&quot; が 2 つ以上あります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no valid e-mail address</source>
        <translation>&quot;%1&quot; に有効なメールアドレスがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid alerts address</source>
        <translation>&quot;%1&quot; はアラート用の有効なアドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; はホスト名ではありません</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected ip address, country or admin</source>
        <translation>不明なフィールド &quot;%1&quot;。ip address、country、admin のいずれかのはずです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before any mirror&apos;s host line (&quot;* host.name&quot;)</source>
        <translation>&quot;%1&quot; がミラーのホスト行 (&quot;* host.name&quot;) より前にあります</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>不明な国 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; は IP アドレスではありません</translation>
    </message>
    <message>
        <source>ip address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>%1 lacks: %2</source>
        <translation>%1 に不足: %2</translation>
    </message>
    <message>
        <source>no mirror found: expected a line &quot;* host.name&quot; followed by ip address, country and admin</source>
        <translation>ミラーが見つかりません: &quot;* host.name&quot; の行に続けて ip address、country、admin が必要です</translation>
    </message>
</context>
<context>
    <name>NftJsonParser</name>
    <message>
        <source>not nft JSON: %1 at byte %2</source>
        <translation>nft の JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>no &quot;nftables&quot; array: not the output of nft -j list ruleset</source>
        <translation>&quot;nftables&quot; 配列がありません: nft -j list ruleset の出力ではありません</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot update the outbox: %1</source>
        <translation>送信箱を更新できません: %1</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Last attempt: %1</source>
        <translation>前回の試行: %1</translation>
    </message>
    <message>
        <source>held for you</source>
        <translation>確認待ちで保留中</translation>
    </message>
    <message>
        <source>to be sent, attempt %1</source>
        <translation>送信予定、%1 回目</translation>
    </message>
    <message>
        <source>%1 (admin)</source>
        <translation>%1(管理者)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Break stale lock…</source>
        <translation>残留ロックを解除…</translation>
    </message>
    <message>
        <source>Sync now…</source>
        <translation>今すぐ同期…</translation>
    </message>
    <message>
        <source>Only a stale lock can be broken: one held by a running sync never is</source>
        <translation>解除できるのは残留ロックだけです。実行中の同期が保持するロックは解除しません</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>%1, ssh port %2, user %3</source>
        <translation>%1、SSH ポート %2、ユーザー %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>trigger-only: the console sends nothing but a sync</source>
        <translation>トリガー専用: コンソールは同期の開始以外何も送りません</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>シェル</translation>
    </message>
    <message>
        <source>%1, alerts to &lt;%2&gt;</source>
        <translation>%1、アラート送信先 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>not known: edit the mirror to add a contact</source>
        <translation>不明: ミラーを編集して連絡先を追加してください</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>プッシュマスター</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>%1 時間前</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>警告なし</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remove the sync lock of %1?

No sync of %1 is running now; the mirror checks again before removing it, and refuses if one started meanwhile.</source>
        <translation>%1 の同期ロックを削除しますか?

現在 %1 の同期は実行されていません。ミラーは削除の直前にもう一度確認し、その間に同期が始まっていれば拒否します。</translation>
    </message>
    <message>
        <source>Break stale lock</source>
        <translation>残留ロックを解除</translation>
    </message>
    <message>
        <source>Break the lock of %1</source>
        <translation>%1 のロックを解除</translation>
    </message>
    <message>
        <source>Breaking the lock of %1…</source>
        <translation>%1 のロックを解除中…</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>失敗 %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Inventory: %1
Settings: %2
The SSH identity: the agent&apos;s keys, then the mirror&apos;s own key file or else the key file set under SSH.</source>
        <translation>インベントリ: %1
設定: %2
SSH の ID: エージェントの鍵、次にミラー自身の鍵ファイル、なければ SSH で設定した鍵ファイル。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP パスワード</translation>
    </message>
    <message>
        <source>The SMTP user&apos;s password, kept in the system keychain (mirror-monitor reads its own credentials file)</source>
        <translation>SMTP ユーザーのパスワード。システムのキーチェーンに保管します（mirror-monitor は専用の認証情報ファイルを読みます）</translation>
    </message>
    <message>
        <source>The SMTP password was not kept: %1</source>
        <translation>SMTP パスワードを保管できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ProbeHistory</name>
    <message>
        <source>cannot store a %1 result: %2</source>
        <translation>%1 の結果を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot prune the history: %1</source>
        <translation>履歴を整理できません: %1</translation>
    </message>
</context>
<context>
    <name>ProbeOutputParser</name>
    <message>
        <source>expected a section to begin; the probe&apos;s output is garbled</source>
        <translation>セクションの開始があるはずです。プローブの出力が壊れています</translation>
    </message>
    <message>
        <source>a section&apos;s header was cut off</source>
        <translation>セクションのヘッダーが途中で切れています</translation>
    </message>
    <message>
        <source>section %1 never ended: the probe was cut off</source>
        <translation>セクション %1 が終わっていません: プローブが途中で切れました</translation>
    </message>
    <message>
        <source>section %1 ended without its exit status</source>
        <translation>セクション %1 が終了ステータスなしで終わりました</translation>
    </message>
</context>
<context>
    <name>RemoteConfEditor</name>
    <message>
        <source>not written: %1</source>
        <translation>書き込んでいません: %1</translation>
    </message>
    <message>
        <source>nothing to write: the text is unchanged</source>
        <translation>書き込むものがありません: テキストは変更されていません</translation>
    </message>
    <message>
        <source>not written: the edit was not made on the text read from the mirror</source>
        <translation>書き込んでいません: ミラーから読み取ったテキストに対する編集ではありません</translation>
    </message>
    <message>
        <source>no backup, nothing changed: %1</source>
        <translation>バックアップなし、何も変更していません: %1</translation>
    </message>
    <message>
        <source>%1 (backup %2)
%3</source>
        <translation>%1 (バックアップ %2)
%3</translation>
    </message>
</context>
<context>
    <name>RemoteLogFetcher</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the mirror keeps no rsync.log yet</source>
        <translation>ミラーにはまだ rsync.log がありません</translation>
    </message>
    <message>
        <source>cannot read the sync logs (exit %1): %2</source>
        <translation>同期ログを読み取れません (終了コード %1): %2</translation>
    </message>
</context>
<context>
    <name>RemoteValue</name>
    <message>
        <source>push master &quot;%1&quot; is not an rsync:// URL of a host</source>
        <translation>プッシュマスター「%1」はホストの rsync:// URL ではありません</translation>
    </message>
    <message>
        <source>push master &quot;%1&quot; is not a host name, an IP address or an rsync:// URL</source>
        <translation>プッシュマスター「%1」はホスト名、IP アドレス、rsync:// URL のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an absolute path</source>
        <translation>%1「%2」は絶対パスではありません</translation>
    </message>
    <message>
        <source>%1 holds a NUL or a line break</source>
        <translation>%1 に NUL または改行が含まれています</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not a login name</source>
        <translation>ユーザー「%1」はログイン名ではありません</translation>
    </message>
    <message>
        <source>system host name &quot;%1&quot; is not a host name</source>
        <translation>システムのホスト名「%1」はホスト名ではありません</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret is stored for %1 (or the keychain is locked: unlock it and try again)</source>
        <translation>%1 のシークレットは保存されていません (またはキーチェーンがロックされています。ロックを解除してやり直してください)</translation>
    </message>
    <message>
        <source>the keychain refused access to %1: %2</source>
        <translation>キーチェーンが %1 へのアクセスを拒否しました: %2</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); secrets cannot be stored or read</source>
        <translation>システムのキーチェーンが使えません (%1)。シークレットを保存も読み取りもできません</translation>
    </message>
    <message>
        <source>keychain error for %1: %2</source>
        <translation>%1 のキーチェーンエラー: %2</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Refreshing: %1 of %2 mirrors</source>
        <translation>更新中: %2 台中 %1 台</translation>
    </message>
    <message>
        <source>Refreshed %1 mirrors; %2 could not be reached</source>
        <translation>%1 台を更新しました。%2 台に到達できませんでした</translation>
    </message>
    <message>
        <source>Refreshed %1 mirrors</source>
        <translation>%1 台を更新しました</translation>
    </message>
    <message>
        <source>Checking freshness: %1 of %2 mirrors</source>
        <translation>鮮度をチェック中: %2 台中 %1 台</translation>
    </message>
    <message numerus="yes">
        <source>Freshness checked on %n mirror(s); %1 not fresh</source>
        <translation>
            <numerusform>%n 台の鮮度をチェックしました。最新でないもの %1 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
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
        <translation>鮮度</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1; default %2</source>
        <translation>%1; 既定 %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3; default %4</source>
        <translation>%1: %2 から %3; 既定 %4</translation>
    </message>
    <message>
        <source>none: the agent&apos;s keys only</source>
        <translation>なし: エージェントの鍵のみ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
</context>
<context>
    <name>SetupAuditor</name>
    <message>
        <source>%1 has mode %2 and belongs to %3</source>
        <translation>%1 のモードは %2、所有者は %3 です</translation>
    </message>
    <message>
        <source>mode %1, owner %2</source>
        <translation>モード %1、所有者 %2</translation>
    </message>
    <message>
        <source>chmod %1 %2; chown %3 %2</source>
        <translation>chmod %1 %2; chown %3 %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 が存在しません</translation>
    </message>
    <message>
        <source>create %1 as the How-to says</source>
        <translation>手順書どおりに %1 を作成してください</translation>
    </message>
    <message>
        <source>the account&apos;s shell is /bin/sh or /bin/bash</source>
        <translation>アカウントのシェルが /bin/sh または /bin/bash</translation>
    </message>
    <message>
        <source>shell %1</source>
        <translation>シェル %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>chsh -s /bin/bash %1: with another shell the forced command cannot run</source>
        <translation>chsh -s /bin/bash %1: 他のシェルでは強制コマンドを実行できません</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 がインストールされている</translation>
    </message>
    <message>
        <source>not found in PATH</source>
        <translation>PATH に見つかりません</translation>
    </message>
    <message>
        <source>install procmail, which provides lockfile</source>
        <translation>lockfile を含む procmail をインストールしてください</translation>
    </message>
    <message>
        <source>install rsync</source>
        <translation>rsync をインストールしてください</translation>
    </message>
    <message>
        <source>clam-clientsync.conf sets TO, RSYNC_USER, RSYNC_PASSWORD, MODULE and EXCLUDE as the How-to says</source>
        <translation>clam-clientsync.conf で TO、RSYNC_USER、RSYNC_PASSWORD、MODULE、EXCLUDE を手順書どおりに設定している</translation>
    </message>
    <message>
        <source>edit the configuration (Configuration tab, or mirrorctl config set)</source>
        <translation>設定を編集してください (設定タブ、または mirrorctl config set)</translation>
    </message>
    <message>
        <source>all five keys set</source>
        <translation>5 つのキーがすべて設定済み</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <source>TO (the DocumentRoot) exists and is writable</source>
        <translation>TO (DocumentRoot) が存在し書き込み可能</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>%1 is not writable by %2</source>
        <translation>%1 は %2 から書き込めません</translation>
    </message>
    <message>
        <source>make %1 writable by %2: without that lockfile fails and the script syncs with no lock at all</source>
        <translation>%1 を %2 から書き込めるようにしてください: そうしないと lockfile が失敗し、スクリプトはロックなしで同期します</translation>
    </message>
    <message>
        <source>local_test answers &quot;Success&quot; for Host: db.test.clamav.net</source>
        <translation>Host: db.test.clamav.net で local_test が &quot;Success&quot; を返す</translation>
    </message>
    <message>
        <source>served</source>
        <translation>配信あり</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>配信なし</translation>
    </message>
    <message>
        <source>no HTTP check yet</source>
        <translation>HTTP チェック未実施</translation>
    </message>
    <message>
        <source>echo Success &gt; %1/local_test; chmod 644 it; check the vhost&apos;s server names</source>
        <translation>echo Success &gt; %1/local_test; chmod 644 で権限を設定し、vhost のサーバー名を確認してください</translation>
    </message>
    <message>
        <source>forced-command keys carry no-port-forwarding, no-X11-forwarding, no-agent-forwarding and no-pty</source>
        <translation>強制コマンドの鍵に no-port-forwarding、no-X11-forwarding、no-agent-forwarding、no-pty が付いている</translation>
    </message>
    <message>
        <source>copy authorized_keys_noshell or authorized_keys_shell as the How-to says</source>
        <translation>手順書どおりに authorized_keys_noshell または authorized_keys_shell をコピーしてください</translation>
    </message>
    <message>
        <source>line %1 lacks %2</source>
        <translation>%1 行目に %2 がありません</translation>
    </message>
    <message>
        <source>no key at all</source>
        <translation>鍵がまったくありません</translation>
    </message>
    <message>
        <source>~/.ssh/authorized_keys cannot be read</source>
        <translation>~/.ssh/authorized_keys を読み取れません</translation>
    </message>
    <message numerus="yes">
        <source>%n key line(s) in order</source>
        <translation>
            <numerusform>%n 行の鍵はすべて正常</numerusform>
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
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>the session is not open</source>
        <translation>セッションが開いていません</translation>
    </message>
    <message>
        <source>cannot start SFTP: %1</source>
        <translation>SFTP を開始できません: %1</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation>%1 は %2 バイトで、上限の %3 を超えています</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while being read</source>
        <translation>%1 が読み取り中に %2 バイトを超えました</translation>
    </message>
    <message>
        <source>cannot check</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>%1 was removed on the mirror since it was read; nothing was written</source>
        <translation>%1 は読み取り後にミラー上で削除されました。何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1 already exists on the mirror; nothing was written</source>
        <translation>%1 はすでにミラー上にあります。何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1 was changed on the mirror since it was read; nothing was written. Read it again and redo the change.</source>
        <translation>%1 は読み取り後にミラー上で変更されました。何も書き込んでいません。読み直して変更をやり直してください。</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>作成できません</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>cannot flush</source>
        <translation>フラッシュできません</translation>
    </message>
    <message>
        <source>cannot set the mode of</source>
        <translation>モードを設定できません:</translation>
    </message>
    <message>
        <source>%1 appeared on the mirror meanwhile; nothing was written</source>
        <translation>その間に %1 がミラー上に現れました。何も書き込んでいません</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2): refused</source>
        <translation>%1 は通常のファイルではありません(%2): 拒否しました</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>a FIFO, socket or device</source>
        <translation>FIFO、ソケットまたはデバイス</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>file already exists</source>
        <translation>ファイルはすでに存在します</translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation>ディレクトリがありません</translation>
    </message>
    <message>
        <source>SFTP error %1</source>
        <translation>SFTP エラー %1</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Act</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Search acts and keys</source>
        <translation>操作とキーを検索</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>cannot start libcurl</source>
        <translation>libcurl を開始できません</translation>
    </message>
    <message>
        <source>%1 refused the mail to %2 (%3): %4</source>
        <translation>%1 が %2 宛のメールを拒否しました(%3): %4</translation>
    </message>
    <message>
        <source>cannot hand the mail to %1 to %2: %3</source>
        <translation>%1 宛のメールを %2 に渡せません: %3</translation>
    </message>
</context>
<context>
    <name>SshExecChannel</name>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>チャネルを開けません: %1</translation>
    </message>
    <message>
        <source>the command was refused: %1</source>
        <translation>コマンドが拒否されました: %1</translation>
    </message>
    <message>
        <source>cancelled while running the command</source>
        <translation>コマンドの実行中に取り消されました</translation>
    </message>
    <message>
        <source>the connection dropped while the command ran: %1</source>
        <translation>コマンドの実行中に接続が切れました: %1</translation>
    </message>
    <message>
        <source>the connection dropped while the command ran</source>
        <translation>コマンドの実行中に接続が切れました</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s</source>
        <translation>コマンドが %1 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed on the mirror, or the connection dropped)</source>
        <translation>コマンドが終了ステータスなしで終わりました (ミラー上で強制終了されたか、接続が切れました)</translation>
    </message>
    <message>
        <source>sent more than %1 of output for one command</source>
        <translation>1つのコマンドで %1 を超える出力を送りました</translation>
    </message>
    <message>
        <source>the command sent nothing for %1 s</source>
        <translation>コマンドが %1 秒間何も送りませんでした</translation>
    </message>
</context>
<context>
    <name>SshPool</name>
    <message>
        <source>%1 is a trigger-only mirror: any %2 there starts a sync, so the console does not send one</source>
        <translation>%1 はトリガー専用ミラーです: %2 を送るだけで同期が始まるため、コンソールは送りません</translation>
    </message>
    <message>
        <source>command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>SFTP request</source>
        <translation>SFTP リクエスト</translation>
    </message>
    <message>
        <source>no answer within %1 s: the connection was cut</source>
        <translation>%1 秒以内に応答がありません: 接続を切断しました</translation>
    </message>
    <message>
        <source>cancelled: the connection was cut</source>
        <translation>キャンセル: 接続を切断しました</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>cannot create an SSH session</source>
        <translation>SSH セッションを作成できません</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>connecting was cancelled</source>
        <translation>接続が取り消されました</translation>
    </message>
    <message>
        <source>no SSH greeting within %1 s</source>
        <translation>%1 秒以内に SSH のバナーが届きませんでした</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>サーバーがホスト鍵を送ってきませんでした</translation>
    </message>
    <message>
        <source>cannot read the host key</source>
        <translation>ホスト鍵を読み取れません</translation>
    </message>
    <message>
        <source>the ssh-agent&apos;s keys</source>
        <translation>ssh-agent の鍵</translation>
    </message>
    <message>
        <source>cannot load the key %1 (wrong or missing passphrase, or not a private key)</source>
        <translation>鍵 %1 を読み込めません (パスフレーズが違うか無いか、秘密鍵ではありません)</translation>
    </message>
    <message>
        <source>no identity to log in with: no ssh-agent and no key file set</source>
        <translation>ログインに使う認証情報がありません: ssh-agent も鍵ファイルもありません</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 が %2 を拒否しました</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>the session is not open</source>
        <translation>セッションが開いていません</translation>
    </message>
    <message>
        <source>the connection is gone: %1</source>
        <translation>接続が失われました: %1</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>接続は切断されています</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>fresh</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>old</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>ロックなし</translation>
    </message>
    <message>
        <source>held by a sync</source>
        <translation>同期が保持中</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>残留</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>遮断</translation>
    </message>
</context>
<context>
    <name>StoreThread</name>
    <message>
        <source>the inventory cannot be opened</source>
        <translation>インベントリを開けません</translation>
    </message>
</context>
<context>
    <name>StoredFacts</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1、コード %2</translation>
    </message>
    <message>
        <source>run %1 of %2, %3: its log follows</source>
        <translation>実行 %1/%2、%3: ログは以下のとおり</translation>
    </message>
</context>
<context>
    <name>SyncActivityPane</name>
    <message>
        <source>Cancel</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>すべて取り消し</translation>
    </message>
    <message>
        <source>Syncs under way</source>
        <translation>実行中の同期</translation>
    </message>
    <message>
        <source>Live sync log</source>
        <translation>同期のライブログ</translation>
    </message>
    <message>
        <source>Stop the selected sync: a queued one never starts, a running one on a shell mirror is stopped and its lock removed; a trigger-only mirror&apos;s sync goes on, the console stops waiting</source>
        <translation>選択した同期を止めます: 待機中のものは開始されず、シェルミラーで実行中のものは停止してロックを削除します。トリガー専用ミラーの同期は続き、コンソールが待つのをやめます</translation>
    </message>
    <message>
        <source>Cancel every sync of this session that has not ended</source>
        <translation>このセッションでまだ終わっていない同期をすべて取り消します</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Push master: rsync1 or rsync2 (default: the mirror&apos;s).</source>
        <translation>プッシュマスター: rsync1 または rsync2 (既定: ミラーの設定)。</translation>
    </message>
    <message>
        <source>Follow the syncs to their end, printing their logs.</source>
        <translation>同期が終わるまで追跡し、ログを表示します。</translation>
    </message>
    <message>
        <source>Mirrors to sync.</source>
        <translation>同期するミラー。</translation>
    </message>
    <message>
        <source>trigger needs at least one mirror</source>
        <translation>trigger にはミラーが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>%1 is trigger-only: the sync runs while the connection stays open; waiting</source>
        <translation>%1 はトリガー専用です: 接続が開いている間に同期が実行されます。待機中</translation>
    </message>
    <message>
        <source>Mirrors whose sync to follow.</source>
        <translation>同期を追跡するミラー。</translation>
    </message>
    <message>
        <source>follow needs at least one mirror</source>
        <translation>follow にはミラーが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>%1: no sync started: %2</source>
        <translation>%1: 同期を開始しませんでした: %2</translation>
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
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>%1 (trigger-only, from %2: its forced command decides)</source>
        <translation>%1 (トリガー専用、%2 から: 強制コマンドが決めます)</translation>
    </message>
    <message>
        <source>Mirrors to sync</source>
        <translation>同期するミラー</translation>
    </message>
    <message>
        <source>Each mirror&apos;s own push master</source>
        <translation>各ミラー自身のプッシュマスター</translation>
    </message>
    <message>
        <source>Push master</source>
        <translation>プッシュマスター</translation>
    </message>
    <message numerus="yes">
        <source>Start clam-clientsync on %n mirror(s)? Shell-mode mirrors show rsync&apos;s log as it runs and can be stopped; a trigger-only mirror syncs through its forced command.</source>
        <translation>
            <numerusform>%n 台のミラーで clam-clientsync を開始しますか? シェルモードのミラーは実行中の rsync のログを表示し、停止できます。トリガー専用ミラーは強制コマンドで同期します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Push master:</source>
        <translation>プッシュマスター:</translation>
    </message>
    <message numerus="yes">
        <source>Sync %n mirror(s)</source>
        <translation>
            <numerusform>ミラーを %n 台同期</numerusform>
        </translation>
    </message>
    <message>
        <source>The push master chosen here reaches trigger-only mirrors as the command&apos;s argument; their forced command may use its own.</source>
        <translation>ここで選んだプッシュマスターは、トリガー専用ミラーにはコマンドの引数として渡ります。強制コマンドが独自のものを使う場合もあります。</translation>
    </message>
</context>
<context>
    <name>SyncRunLogParser</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>syntax or usage error</source>
        <translation>構文または使い方の誤り</translation>
    </message>
    <message>
        <source>protocol incompatibility</source>
        <translation>プロトコルの非互換</translation>
    </message>
    <message>
        <source>errors selecting input or output files or directories</source>
        <translation>入出力のファイルまたはディレクトリの選択エラー</translation>
    </message>
    <message>
        <source>an action the other side does not support</source>
        <translation>相手側が対応していない操作</translation>
    </message>
    <message>
        <source>error starting the client-server protocol</source>
        <translation>クライアント・サーバープロトコル開始時のエラー</translation>
    </message>
    <message>
        <source>the daemon could not append to its log file</source>
        <translation>デーモンが自分のログファイルに追記できませんでした</translation>
    </message>
    <message>
        <source>error in socket I/O</source>
        <translation>ソケット入出力のエラー</translation>
    </message>
    <message>
        <source>error in file I/O</source>
        <translation>ファイル入出力のエラー</translation>
    </message>
    <message>
        <source>error in the rsync protocol data stream</source>
        <translation>rsync プロトコルのデータストリームのエラー</translation>
    </message>
    <message>
        <source>errors with program diagnostics</source>
        <translation>プログラム診断のエラー</translation>
    </message>
    <message>
        <source>error in the IPC code</source>
        <translation>IPC コードのエラー</translation>
    </message>
    <message>
        <source>killed by SIGUSR1 or SIGINT</source>
        <translation>SIGUSR1 または SIGINT で終了</translation>
    </message>
    <message>
        <source>an error returned by waitpid()</source>
        <translation>waitpid() が返したエラー</translation>
    </message>
    <message>
        <source>could not allocate memory buffers</source>
        <translation>メモリバッファを確保できませんでした</translation>
    </message>
    <message>
        <source>partial transfer because of an error</source>
        <translation>エラーによる部分的な転送</translation>
    </message>
    <message>
        <source>partial transfer because source files vanished</source>
        <translation>転送元のファイルが消えたための部分的な転送</translation>
    </message>
    <message>
        <source>the --max-delete limit stopped deletions</source>
        <translation>--max-delete の上限で削除が止まりました</translation>
    </message>
    <message>
        <source>timeout while sending or receiving data</source>
        <translation>データ送受信のタイムアウト</translation>
    </message>
    <message>
        <source>timeout waiting for the daemon&apos;s connection</source>
        <translation>デーモンの接続待ちのタイムアウト</translation>
    </message>
</context>
<context>
    <name>SyncRunStore</name>
    <message>
        <source>cannot store a sync run: %1</source>
        <translation>同期の実行を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>SyncRunTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (コード %2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>SyncRunsTab</name>
    <message>
        <source>Follow it live</source>
        <translation>ライブで追跡</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>同期の実行</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同期ログ</translation>
    </message>
    <message>
        <source>All runs kept</source>
        <translation>保存済みのすべての実行</translation>
    </message>
    <message>
        <source>Fetch the mirror&apos;s logs</source>
        <translation>ミラーのログを取得</translation>
    </message>
    <message>
        <source>Open log file…</source>
        <translation>ログファイルを開く…</translation>
    </message>
    <message>
        <source>Read the running sync&apos;s log as rsync writes it</source>
        <translation>実行中の同期のログを rsync が書き込むそばから読む</translation>
    </message>
    <message>
        <source>Every run&apos;s log the console kept, oldest first, each under the time it ended</source>
        <translation>コンソールが保存した各実行のログを古い順に、終了時刻の見出し付きで表示</translation>
    </message>
    <message>
        <source>Copy every sync log the mirror keeps (rsync.log and its rotations) and browse them</source>
        <translation>ミラーに残っている同期ログ (rsync.log とそのローテーション) をすべてコピーして閲覧</translation>
    </message>
    <message>
        <source>Browse a log file from this computer, of any size</source>
        <translation>このコンピューター上の任意のサイズのログファイルを閲覧</translation>
    </message>
    <message>
        <source>Copying the sync logs of %1…</source>
        <translation>%1 の同期ログをコピー中…</translation>
    </message>
    <message>
        <source>The sync logs of %1 (rsync.log and its rotations), copied %2 (%3)</source>
        <translation>%1 の同期ログ (rsync.log とそのローテーション)、%2 にコピー (%3)</translation>
    </message>
    <message>
        <source>Cannot copy the log: %1</source>
        <translation>ログをコピーできません: %1</translation>
    </message>
    <message>
        <source>Every run of %1 the console kept, oldest first</source>
        <translation>コンソールが保存した %1 の全実行 (古い順)</translation>
    </message>
    <message>
        <source>Open a log file</source>
        <translation>ログファイルを開く</translation>
    </message>
    <message>
        <source>A sync is running; an earlier run is shown.</source>
        <translation>同期が実行中です。以前の実行を表示しています。</translation>
    </message>
    <message>
        <source>Show the live log</source>
        <translation>ライブログを表示</translation>
    </message>
    <message>
        <source>A sync from %1 runs through the forced command: a trigger-only mirror shows no log; its result is read over HTTP when it ends.</source>
        <translation>%1 からの同期が強制コマンドで実行中です: トリガー専用ミラーはログを表示しません。結果は終了時に HTTP で読み取ります。</translation>
    </message>
    <message>
        <source>A sync started elsewhere is running; its log grows below.</source>
        <translation>他所で開始された同期が実行中です。ログは下に追記されます。</translation>
    </message>
    <message>
        <source>A sync from %1 waits for the mirror&apos;s connection.</source>
        <translation>%1 からの同期がミラーへの接続を待っています。</translation>
    </message>
    <message>
        <source>A sync from %1 is running; its log grows below.</source>
        <translation>%1 からの同期が実行中です。ログは下に追記されます。</translation>
    </message>
    <message>
        <source>The running sync&apos;s log</source>
        <translation>実行中の同期のログ</translation>
    </message>
    <message>
        <source>The sync ended: %1 — %2. Its log joins the runs at the next refresh.</source>
        <translation>同期が終了しました: %1 — %2。ログは次回の更新で実行一覧に加わります。</translation>
    </message>
    <message>
        <source>The last refresh saw a sync running, started elsewhere.</source>
        <translation>前回の更新で、他所で開始された同期が実行中でした。</translation>
    </message>
    <message>
        <source>The run that ended %1</source>
        <translation>%1 に終了した実行</translation>
    </message>
    <message>
        <source>The log of this run is not stored.</source>
        <translation>この実行のログは保存されていません。</translation>
    </message>
    <message>
        <source>The last refresh of %1 failed (%2): %3. The runs shown were read before it.</source>
        <translation>%1 の前回の更新は失敗しました (%2): %3。表示中の実行はそれより前に読み込んだものです。</translation>
    </message>
</context>
<context>
    <name>TrafficReader</name>
    <message>
        <source>%1 so far, on pace for %2: below the expected %3 to %4</source>
        <translation>現在 %1、月末見込み %2: 想定の %3 〜 %4 を下回っています</translation>
    </message>
    <message>
        <source>%1 so far, on pace for %2: above the expected %3 to %4</source>
        <translation>現在 %1、月末見込み %2: 想定の %3 〜 %4 を上回っています</translation>
    </message>
    <message>
        <source>%1 so far, on pace for %2: within the expected %3 to %4</source>
        <translation>現在 %1、月末見込み %2: 想定の %3 〜 %4 の範囲内です</translation>
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
        <translation>%1: %2(%3 UTC)</translation>
    </message>
</context>
<context>
    <name>VerdictHistoryModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>チェック日時</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Timestamp age</source>
        <translation>タイムスタンプの経過</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for administering a fleet of ClamAV database mirrors.</source>
        <translation>ClamAV データベースミラーのフリートを管理するデスクトップコンソール。</translation>
    </message>
    <message>
        <source>Inventory of a running demo lab, shown while the console has no inventory of its own.</source>
        <translation>実行中のデモラボのインベントリ。コンソール自身のインベントリがない間に表示します。</translation>
    </message>
</context>
<context>
    <name>mirror-monitor</name>
    <message>
        <source>%1 mails queued</source>
        <translation>メール %1 通を送信待ちに追加</translation>
    </message>
    <message>
        <source>mails sent: %1, failed: %2%3</source>
        <translation>送信したメール: %1、失敗: %2%3</translation>
    </message>
    <message>
        <source>checked %1 mirrors, %2 not fresh</source>
        <translation>ミラー %1 台を検査、%2 台が最新でない</translation>
    </message>
    <message>
        <source>checking the fleet in %1</source>
        <translation>%1 のフリートを検査中</translation>
    </message>
    <message>
        <source>started over %1</source>
        <translation>%1 で開始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>metrics on http://%1:%2/metrics</source>
        <translation>メトリクス: http://%1:%2/metrics</translation>
    </message>
    <message>
        <source>DNS updated for %1: in %2; out %3; kept by the removal limit %4</source>
        <translation>%1 の DNS を更新: 登録 %2、除外 %3、除外上限により維持 %4</translation>
    </message>
</context>
<context>
    <name>mirrorctl</name>
    <message>
        <source>add a mirror</source>
        <translation>ミラーを追加する</translation>
    </message>
    <message>
        <source>remove a mirror</source>
        <translation>ミラーを削除する</translation>
    </message>
    <message>
        <source>list the mirrors</source>
        <translation>ミラーを一覧表示する</translation>
    </message>
    <message>
        <source>export the inventory as JSON or CSV</source>
        <translation>インベントリを JSON または CSV でエクスポートする</translation>
    </message>
    <message>
        <source>add mirrors from new-mirror e-mails</source>
        <translation>新規ミラーのメールからミラーを追加する</translation>
    </message>
    <message>
        <source>add mirrors from a lab inventory or JSON export</source>
        <translation>ラボのインベントリまたは JSON エクスポートからミラーを追加する</translation>
    </message>
    <message>
        <source>run a command on a shell-mode mirror</source>
        <translation>シェルモードのミラーでコマンドを実行する</translation>
    </message>
    <message>
        <source>start clam-clientsync on mirrors</source>
        <translation>ミラーで clam-clientsync を開始する</translation>
    </message>
    <message>
        <source>the running sync&apos;s log as it is written</source>
        <translation>実行中の同期のログを書き込まれるそばから表示する</translation>
    </message>
    <message>
        <source>read or change clam-clientsync.conf</source>
        <translation>clam-clientsync.conf を読む・変更する</translation>
    </message>
    <message>
        <source>list, read or change the settings</source>
        <translation>設定を一覧・参照・変更する</translation>
    </message>
    <message>
        <source>probe mirrors: one round trip each</source>
        <translation>ミラーをプローブする: 各 1 往復</translation>
    </message>
    <message>
        <source>freshness over HTTP: fresh, lagging, old, removed</source>
        <translation>HTTP による鮮度: fresh、lagging、old、removed</translation>
    </message>
    <message>
        <source>the stored verdicts with uptime, as text, JSON or CSV</source>
        <translation>保存済みの判定と稼働率 (テキスト、JSON、CSV)</translation>
    </message>
    <message>
        <source>BIND lines of db.XY.clamav.net from the verdicts</source>
        <translation>判定から作る db.XY.clamav.net の BIND 行</translation>
    </message>
    <message>
        <source>the mirrors list page as static HTML</source>
        <translation>ミラー一覧ページ (静的 HTML)</translation>
    </message>
    <message>
        <source>what the last refresh learnt, without connecting</source>
        <translation>前回の更新で分かったこと (接続しない)</translation>
    </message>
    <message>
        <source>the sync lock: absent, held or stale</source>
        <translation>同期ロック: なし、保持中、残留</translation>
    </message>
    <message>
        <source>DocumentRoot and home space, database size</source>
        <translation>DocumentRoot とホームの容量、データベースのサイズ</translation>
    </message>
    <message>
        <source>the How-to&apos;s firewall rules, judged</source>
        <translation>手順書のファイアウォールルールの判定</translation>
    </message>
    <message>
        <source>the setup checked against the How-to</source>
        <translation>手順書に照らしたセットアップの確認</translation>
    </message>
    <message>
        <source>traffic this month from the access log</source>
        <translation>アクセスログから今月のトラフィック</translation>
    </message>
    <message>
        <source>sync runs seen first by this refresh</source>
        <translation>今回の更新で初めて見つかった同期の実行</translation>
    </message>
    <message>
        <source>Usage: mirrorctl COMMAND [options]
Command-line face of Mirror Console, for scripts and monitoring.

Commands:
</source>
        <translation>使い方: mirrorctl COMMAND [options]
Mirror Console のコマンドライン版。スクリプトや監視向け。

コマンド:
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH and --help; data commands take --json.
mirrorctl --version prints the version.
Exit status: 0 ok, 1 failure on a mirror, 2 usage error.
</source>
        <translation>
どのコマンドも --db PATH と --help を受け付け、データを出すコマンドは --json も受け付けます。
mirrorctl --version でバージョンを表示します。
終了ステータス: 0 正常、1 ミラーでの失敗、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>mirrorctl: no command given</source>
        <translation>mirrorctl: コマンドが指定されていません</translation>
    </message>
    <message>
        <source>mirrorctl: unknown command &quot;%1&quot;</source>
        <translation>mirrorctl: 不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The inventory database (default: the console&apos;s own).</source>
        <translation>インベントリのデータベース (既定: コンソールのもの)。</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>データを JSON で出力します。</translation>
    </message>
    <message>
        <source>Usage: mirrorctl %1</source>
        <translation>使い方: mirrorctl %1</translation>
    </message>
    <message>
        <source>no mirror %1 in the inventory</source>
        <translation>インベントリにミラー %1 はありません</translation>
    </message>
    <message>
        <source>usage: mirrorctl %1</source>
        <translation>使い方: mirrorctl %1</translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation>設定名。</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>新しい値。</translation>
    </message>
    <message>
        <source>settings takes a key and a value at most</source>
        <translation>settings に指定できるのはキーと値の 1 組までです</translation>
    </message>
    <message>
        <source>no setting %1</source>
        <translation>設定 %1 はありません</translation>
    </message>
    <message>
        <source>Print what mirrors sent as it came, control characters and escape sequences included (shown made visible otherwise).</source>
        <translation>ミラーが送ったものをそのまま表示します。制御文字やエスケープシーケンスも含みます(指定しなければ見える形にします)。</translation>
    </message>
    <message>
        <source>windows without alerts, mails or DNS for a mirror</source>
        <translation>ミラーのアラート・メール・DNS を止める期間</translation>
    </message>
    <message>
        <source>the alert mails owed: pending, send, drop, test</source>
        <translation>未送信のアラートメール: pending、send、drop、test</translation>
    </message>
</context>
</TS>
