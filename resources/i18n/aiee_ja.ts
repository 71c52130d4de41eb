<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>Analysis</name>
        <message>
            <source>US homes' annual electricity</source>
            <extracomment>strings translated where they are shown from a variable (tr(name)), marked here for the catalogue</extracomment>
            <translation>米国の家庭の年間消費電力量</translation>
        </message>
        <message>
            <source>years of CO2 uptake by a Japanese cedar (sugi)</source>
            <translation>スギ1本が1年に吸収するCO2（本・年）</translation>
        </message>
        <message>
            <source>passenger-km flown, long-haul economy</source>
            <translation>長距離便エコノミーでの飛行距離（人km）</translation>
        </message>
        <message>
            <source>Lifetime electricity cost</source>
            <translation>生涯の電気代</translation>
        </message>
        <message>
            <source>Per query</source>
            <extracomment>the equivalents panel (gui.analysis_views): scales, units of core.analysis.EQUIVALENTS, the label's basis</extracomment>
            <translation>質問1回あたり</translation>
        </message>
        <message>
            <source>Per day of serving</source>
            <translation>運用1日あたり</translation>
        </message>
        <message>
            <source>Over the whole deployment</source>
            <translation>運用期間全体</translation>
        </message>
        <message>
            <source>If N people asked M times a day</source>
            <translation>N人が1日M回質問したら</translation>
        </message>
        <message>
            <source>per query</source>
            <translation>質問1回あたり</translation>
        </message>
        <message>
            <source>per day of serving</source>
            <translation>運用1日あたり</translation>
        </message>
        <message>
            <source>over the whole life: training, serving and hardware</source>
            <translation>全期間（学習・推論・ハードウェア製造を含む）</translation>
        </message>
        <message>
            <source>households' annual electricity (Japan)</source>
            <translation>世帯の年間消費電力量（日本）</translation>
        </message>
        <message>
            <source>households' annual electricity (world average)</source>
            <translation>世帯の年間消費電力量（世界平均）</translation>
        </message>
        <message>
            <source>km driven in an electric car</source>
            <translation>電気自動車で走れる距離（km）</translation>
        </message>
        <message>
            <source>smartphone charges</source>
            <translation>スマートフォンの充電回数</translation>
        </message>
        <message>
            <source>hours of video streaming</source>
            <translation>動画配信の視聴時間（時間）</translation>
        </message>
        <message>
            <source>km driven in a petrol car</source>
            <translation>ガソリン車で走れる距離（km）</translation>
        </message>
        <message>
            <source>tree-years of CO2 absorption</source>
            <translation>樹木がCO2を吸収する量（本・年）</translation>
        </message>
        <message>
            <source>one-way economy flights New York-San Francisco</source>
            <translation>ニューヨーク〜サンフランシスコ片道のエコノミー席（便）</translation>
        </message>
        <message>
            <source>Energy per query at facility level, in half-decade classes: A up to 0.03 Wh, B 0.1, C 0.3, D 1, E 3, F 10, G above. Anchors: Google's median Gemini prompt 0.24 Wh (C), de Vries' 2.9 Wh ChatGPT estimate (E).</source>
            <translation>施設全体で見た質問1回あたりの消費電力量を、約3倍ごとの等級に分けています：A は0.03 Wh以下、B は0.1、C は0.3、D は1、E は3、F は10 Wh以下、G はそれ以上。目安：GoogleのGemini（中央値の質問）0.24 Wh が C、de VriesによるChatGPTの推計 2.9 Wh が E。</translation>
        </message>
        <message>
            <source>Lifetime CO2e</source>
            <extracomment>the outputs the sensitivity and sweep panels offer (core.outputs' ``pick`` names, in ``picked`` order); the test keeps this list equal to that table</extracomment>
            <translation>生涯CO2排出量</translation>
        </message>
        <message>
            <source>Lifetime energy</source>
            <translation>生涯エネルギー</translation>
        </message>
        <message>
            <source>Lifetime water</source>
            <translation>生涯の水使用量</translation>
        </message>
        <message>
            <source>Training energy</source>
            <translation>学習の消費電力量</translation>
        </message>
        <message>
            <source>Training CO2e</source>
            <translation>学習のCO2排出量</translation>
        </message>
        <message>
            <source>Energy per query (Wh)</source>
            <translation>質問1回あたりの消費電力量（Wh）</translation>
        </message>
        <message>
            <source>CO2e per query (g)</source>
            <translation>質問1回あたりのCO2排出量（g）</translation>
        </message>
        <message>
            <source>Water per query (mL)</source>
            <translation>質問1回あたりの水使用量（mL）</translation>
        </message>
        <message>
            <source>Serving energy</source>
            <translation>推論の消費電力量</translation>
        </message>
        <message>
            <source>{f} has no control of its own in the window (it is set through its section's defaults).</source>
            <translation>{f}にはウィンドウ上の入力欄がありません（各区分の既定値で設定されます）。</translation>
        </message>
        <message>
            <source>Focused {f}: the input that moves the result most is yours to change.</source>
            <translation>{f}に移動しました：結果を最も左右するこの入力を変えてみましょう。</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>感度分析</translation>
        </message>
        <message>
            <source>Sweep</source>
            <translation>スイープ</translation>
        </message>
        <message>
            <source>Equivalents and label</source>
            <translation>換算とラベル</translation>
        </message>
        <message>
            <source>Which inputs move the result most: each uncertain input at its low and high bound.</source>
            <translation>結果を最も左右する入力：不確かな入力を1つずつ下限と上限に設定した場合。</translation>
        </message>
        <message>
            <source>One output against one input over its whole range, the current value marked.</source>
            <translation>1つの入力を全範囲で動かしたときの1つの出力。現在の値に印を付けています。</translation>
        </message>
        <message>
            <source>Results as households, car km, phone charges…, with factors and sources.</source>
            <translation>結果を世帯数、車の走行距離、スマートフォンの充電回数などに換算（換算係数と出典付き）。</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>規模</translation>
        </message>
        <message>
            <source>From one question to everyone in Japan and the world, next to Japan's and the world's electricity.</source>
            <translation>1回の質問から日本中・世界中の人まで。日本と世界の電力消費と並べて示します。</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Energy label {c}: {wh} Wh per query</source>
            <translation>省エネラベル {c}：質問1回あたり {wh} Wh</translation>
        </message>
        <message>
            <source> people</source>
            <extracomment>what each scale means, stated next to the numbers (marked for translation in gui/i18n_marks.py)</extracomment>
            <translation> 人</translation>
        </message>
        <message>
            <source> queries a day each</source>
            <translation> 回／日（1人あたりの質問数）</translation>
        </message>
        <message>
            <source>About</source>
            <translation>およそ</translation>
        </message>
        <message>
            <source>Everyday equivalent</source>
            <translation>身近なものに換算</translation>
        </message>
        <message>
            <source>Factor and source</source>
            <translation>換算係数と出典</translation>
        </message>
        <message>
            <source>per day if {n} people asked {m} times a day</source>
            <translation>{n}人が1日{m}回質問した場合の1日あたり</translation>
        </message>
        <message>
            <source>{e} and {c} CO2e, {scale}</source>
            <translation>{e}、CO2e {c}（{scale}）</translation>
        </message>
        <message>
            <source>About, {scale}</source>
            <translation>およそ（{scale}）</translation>
        </message>
        <message>
            <source>Class {c}: {wh} Wh per query at the facility meter (p5–p95 in the headline panel).</source>
            <translation>クラス {c}：施設の電力量計で質問1回あたり {wh} Wh（p5〜p95は上部の主要な数値の欄に表示）。</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>横軸の入力</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation>（対数目盛）</translation>
        </message>
        <message>
            <source>{out} from {a} to {b} as {inp} goes from {x0} to {x1}; now {now} at {xc} (orange). Band: p5–p95.</source>
            <translation>{inp}を{x0}から{x1}まで動かすと、{out}は{a}から{b}まで変わります。現在は{xc}で{now}（オレンジ色）。帯：p5〜p95。</translation>
        </message>
        <message>
            <source>Uncertain inputs at their bounds</source>
            <translation>不確かな入力（範囲の両端）</translation>
        </message>
        <message>
            <source>Decision levers: size, queries, batch, grid, chip</source>
            <translation>決められるレバー：規模・質問数・バッチ・電力網・チップ</translation>
        </message>
        <message>
            <source>Uncertain inputs: each at the low and high end of its published range. Decision levers: parameters, queries per day and batch size halved and doubled; the grid region and the chip at the choice giving the least and the most.</source>
            <translation>不確かな入力：それぞれを公表範囲の下端と上端に置きます。決められるレバー：パラメータ数・1日の質問数・バッチサイズを半分と2倍に、電力網の地域とチップは結果が最小・最大になる選択にします。</translation>
        </message>
        <message>
            <source>halved, or the choice giving the least</source>
            <translation>半分、または最小になる選択</translation>
        </message>
        <message>
            <source>doubled, or the choice giving the most</source>
            <translation>2倍、または最大になる選択</translation>
        </message>
        <message>
            <source>input at its low bound</source>
            <translation>入力を下限にしたとき</translation>
        </message>
        <message>
            <source>input at its high bound</source>
            <translation>入力を上限にしたとき</translation>
        </message>
        <message>
            <source>Click a bar to go to that input.</source>
            <translation>棒をクリックすると、その入力項目に移動します。</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>下限</translation>
        </message>
        <message>
            <source>High</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>変動幅</translation>
        </message>
        <message>
            <source>Set low to</source>
            <translation>下側の設定</translation>
        </message>
        <message>
            <source>Set high to</source>
            <translation>上側の設定</translation>
        </message>
        <message>
            <source>Central {c}. Largest lever: {f}, from {lo} ({a}) to {hi} ({b}).</source>
            <translation>中央値 {c}。最も効くレバー：{f}（{lo}（{a}）から {hi}（{b}）まで）。</translation>
        </message>
        <message>
            <source>Central {c}. Largest lever: {f}, from {lo} to {hi}.</source>
            <translation>中央値 {c}。最も影響が大きい入力：{f}（{lo}〜{hi}）。</translation>
        </message>
        <message>
            <source>No lever moves this output.</source>
            <translation>この出力を動かすレバーはありません。</translation>
        </message>
        <message>
            <source>No uncertain input moves this output.</source>
            <translation>この出力を左右する不確かな入力はありません。</translation>
        </message>
        <message>
            <source>Energy label, energy per query</source>
            <translation>省エネラベル（質問1回あたりのエネルギー）</translation>
        </message>
        <message>
            <source>each</source>
            <translation>（1つあたり）</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>HOME is not set; settings are not kept</source>
            <translation>HOME が設定されていません。設定は保存されません</translation>
        </message>
        <message>
            <source>An autosave could not be read; it was kept aside as {name}.</source>
            <extracomment>0 = autosave every accepted change as it is taken: a kill loses at most the change in flight. A positive delay coalesces changes instead. the baseline the session read the scenario against, when it had its own (None: none kept, or unreadable)</extracomment>
            <translation>自動保存を読み込めませんでした。{name} として別に保管しました。</translation>
        </message>
        <message>
            <source>An autosave written by a newer version of the app was kept as {path}; open it with that version.</source>
            <translation>新しいバージョンのアプリが書いた自動保存を {path} として保管しました。そのバージョンで開いてください。</translation>
        </message>
        <message>
            <source>cannot create the lock file</source>
            <translation>ロックファイルを作成できません</translation>
        </message>
    </context>
    <context>
        <name>Baseline</name>
        <message>
            <source>Set as &amp;baseline</source>
            <translation>ベースラインに設定(&amp;B)</translation>
        </message>
        <message>
            <source>Read every chart and card against the scenario on screen (shown dashed).</source>
            <translation>画面のシナリオを基準に、すべてのグラフとカードを比べます（破線で表示）。</translation>
        </message>
        <message>
            <source>Reset to base&amp;line</source>
            <translation>ベースラインに戻す(&amp;L)</translation>
        </message>
        <message>
            <source>Put the baseline scenario back on screen (undoable).</source>
            <translation>ベースラインのシナリオを画面に戻します（元に戻せます）。</translation>
        </message>
        <message>
            <source>Set as baseline</source>
            <translation>ベースラインに設定</translation>
        </message>
        <message>
            <source>Baseline set: “{name}”. Every chart shows it dashed; each card says its change.</source>
            <translation>ベースラインを「{name}」に設定しました。各グラフに破線で示し、各カードに変化を表示します。</translation>
        </message>
        <message>
            <source>Reset to baseline</source>
            <translation>ベースラインに戻す</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Where the energy and carbon go</source>
            <extracomment>the parts stacked in each bar of the breakdown (keys of ``Snapshot.breakdown`` after "training." and "serving."), and the ranges whose p5-p95 make each bar's whisker per plot ("energy", "co2"): the stacked parts, their whiskers and labels in one item per plot: the baseline's totals as dashed outlines (gui.charts.ghost) x range of each plot (two bars at 0 and 1), and the room each bar's name has</extracomment>
            <translation>エネルギーとCO2はどこに使われるか</translation>
        </message>
        <message>
            <source>Whole life: training (with experiments and distillation) and serving over the deployment. Whiskers: likely range (5th–95th percentile).</source>
            <translation>ライフサイクル全体：学習（試行実験と知識蒸留を含む）と運用期間中の推論。ひげ：ありうる範囲（5〜95パーセンタイル）。</translation>
        </message>
        <message>
            <source>IT equipment</source>
            <translation>IT機器</translation>
        </message>
        <message>
            <source>Cooling and overhead (PUE)</source>
            <translation>冷却などの付帯設備（PUE）</translation>
        </message>
        <message>
            <source>Hardware manufacturing (CO2e)</source>
            <translation>ハードウェアの製造時排出（CO2e）</translation>
        </message>
        <message>
            <source>Energy ({unit})</source>
            <translation>エネルギー（{unit}）</translation>
        </message>
        <message>
            <source>CO2e ({unit})</source>
            <translation>CO2e（{unit}）</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Serving</source>
            <translation>推論</translation>
        </message>
        <message>
            <source>baseline</source>
            <extracomment>the ghosts' ink: dark enough to read on white and on the bars' colours, lighter than the chart's own ink</extracomment>
            <translation>ベースライン</translation>
        </message>
        <message>
            <source>Hardware: the same work on every accelerator</source>
            <translation>ハードウェア：同じ処理を各アクセラレータで行うと</translation>
        </message>
        <message>
            <source>Lifetime energy if trained and served on each chip (modelled from peak FLOP/s and TDP).</source>
            <translation>各チップで学習・推論した場合の生涯エネルギー（ピークFLOP/sとTDPからのモデル値）。</translation>
        </message>
        <message>
            <source>▶ = chosen training chip; paler bars = alternatives</source>
            <translation>▶＝選択中の学習用チップ、薄い棒＝他の候補</translation>
        </message>
        <message>
            <source>Lifetime energy ({unit})</source>
            <translation>生涯エネルギー（{unit}）</translation>
        </message>
        <message>
            <source>Lifetime energy on each chip, modelled from its peak FLOP/s and TDP; the measured hours and power (one chip's) are set aside.</source>
            <translation>各チップの生涯エネルギー（ピークFLOP/sとTDPからのモデル値）。実測の稼働時間と電力（1種類のチップのもの）は使いません。</translation>
        </message>
        <message>
            <source>Lifetime energy</source>
            <translation>生涯エネルギー</translation>
        </message>
        <message>
            <source>Training (with experiments) plus serving over the deployment, at the facility meter.</source>
            <translation>学習（試行実験を含む）と運用期間中の推論の合計。施設全体の電力量計で測った値。</translation>
        </message>
        <message>
            <source>Lifetime CO2e</source>
            <translation>生涯CO2排出量</translation>
        </message>
        <message>
            <source>Location-based operational emissions plus the hardware's manufacturing share.</source>
            <translation>運用時の排出（ロケーション基準）と、ハードウェアの製造時排出の配分。</translation>
        </message>
        <message>
            <source>Lifetime water</source>
            <translation>生涯の水使用量</translation>
        </message>
        <message>
            <source>On-site cooling water (WUE) plus water used to generate the electricity (Li et al. 2023).</source>
            <translation>施設での冷却用水（WUE）と発電に使われる水の合計（Li et al. 2023）。</translation>
        </message>
        <message>
            <source>Average power, serving</source>
            <translation>推論時の平均消費電力</translation>
        </message>
        <message>
            <source>Average facility power drawn while serving; the training run's draw is shown below.</source>
            <translation>推論中に施設が消費する平均電力。学習時の電力は下に表示。</translation>
        </message>
        <message>
            <source>Per query</source>
            <translation>1回の質問あたり</translation>
        </message>
        <message>
            <source>One query's share of serving energy, CO2e and water within the energy boundary chosen under Data centre (by default idle capacity and PUE included).</source>
            <translation>1回の質問が占める推論のエネルギー・CO2e・水。「データセンター」で選んだエネルギー境界の内側で数えます(既定ではアイドル容量とPUEを含む)。</translation>
        </message>
        <message>
            <source>likely {range}</source>
            <extracomment>the cards by their name in core.baseline.CARD_RESULTS gives the baseline's snapshot to compare a result with (``Session.baseline_for``); None: the cards have no delta line (the report sheet's)</extracomment>
            <translation>範囲 {range}</translation>
        </message>
        <message>
            <source>training {t} · serving {s}</source>
            <translation>学習 {t} · 推論 {s}</translation>
        </message>
        <message>
            <source>market-based {m}</source>
            <translation>マーケット基準 {m}</translation>
        </message>
        <message>
            <source>on-site cooling + power generation</source>
            <translation>施設での冷却＋発電</translation>
        </message>
        <message>
            <source>training run {p} for {d} days</source>
            <translation>学習時 {p}（{d}日間）</translation>
        </message>
        <message>
            <source>{g} g CO2e · {ml} mL water</source>
            <translation>{g} g CO2e · 水 {ml} mL</translation>
        </message>
        <message>
            <source>Energy, CO2e and water of one query; p5–p95: {w} Wh, {g} g CO2e, {ml} mL water.</source>
            <translation>1回の質問のエネルギー・CO2e・水。p5〜p95：{w} Wh、{g} g CO2e、水 {ml} mL。</translation>
        </message>
        <message>
            <source>Layers: accelerators, ideal {a0} Wh · as served {a} Wh · + host {h} Wh · + idle {i} Wh · + PUE {f} Wh · + embodied {e} g CO2e · water {ml} mL.</source>
            <translation>層: アクセラレータ(理想) {a0} Wh · 実運用 {a} Wh · +ホスト {h} Wh · +アイドル {i} Wh · +PUE {f} Wh · +製造時 {e} g CO2e · 水 {ml} mL。</translation>
        </message>
        <message>
            <source>= baseline</source>
            <translation>＝ベースライン</translation>
        </message>
        <message>
            <source>{change} vs baseline</source>
            <translation>ベースライン比 {change}</translation>
        </message>
        <message>
            <source>Lifetime: when does serving overtake training?</source>
            <translation>ライフタイム：推論はいつ学習を上回るか</translation>
        </message>
        <message>
            <source>Total energy</source>
            <translation>総エネルギー</translation>
        </message>
        <message>
            <source>Training (one-off)</source>
            <translation>学習（1回限り）</translation>
        </message>
        <message>
            <source>Serving, cumulative</source>
            <translation>推論（累積）</translation>
        </message>
        <message>
            <source>CO2e, right axis (dashed)</source>
            <translation>CO2e（右軸・破線）</translation>
        </message>
        <message>
            <source>Days of deployment</source>
            <translation>運用日数</translation>
        </message>
        <message>
            <source>Cumulative energy ({unit})</source>
            <translation>累積エネルギー（{unit}）</translation>
        </message>
        <message>
            <source>Cumulative CO2e ({unit})</source>
            <translation>累積CO2e（{unit}）</translation>
        </message>
        <message>
            <source>day {d}</source>
            <translation>{d}日目</translation>
        </message>
        <message>
            <source>crossover: day {d}</source>
            <translation>逆転：{d}日目</translation>
        </message>
        <message>
            <source>Serving energy passes the training energy on day {d} of {n}.</source>
            <translation>{n}日間のうち{d}日目に、推論のエネルギーが学習のエネルギーを上回ります。</translation>
        </message>
        <message>
            <source>Serving would pass training only after {y} years: beyond this {n}-day deployment.</source>
            <translation>推論が学習を上回るのは{y}年後で、今回の{n}日間の運用期間を超えます。</translation>
        </message>
        <message>
            <source>No serving energy: training is the whole footprint.</source>
            <translation>推論のエネルギーはありません。学習がフットプリントのすべてです。</translation>
        </message>
        <message>
            <source>Location: the same work on other grids</source>
            <translation>立地：同じ処理を他の電力網で行うと</translation>
        </message>
        <message>
            <source>Lifetime CO2e (location-based) if every kWh came from each grid; same hardware and PUE.</source>
            <translation>すべての電力を各地域の電力網から得た場合の生涯CO2e（ロケーション基準）。ハードウェアとPUEは同じ。</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>このシナリオ</translation>
        </message>
        <message>
            <source>Other grids</source>
            <translation>他の電力網</translation>
        </message>
        <message>
            <source>Lifetime CO2e ({unit})</source>
            <translation>生涯CO2e（{unit}）</translation>
        </message>
        <message>
            <source>This scenario's grid mix</source>
            <translation>このシナリオの電源構成</translation>
        </message>
        <message>
            <source>Your grid value</source>
            <translation>入力した排出係数</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <source>Step explanation</source>
            <translation>手順の説明</translation>
        </message>
        <message>
            <source>Lever</source>
            <translation>レバー</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変化</translation>
        </message>
        <message>
            <source>Classroom mode — AI Energy Explorer</source>
            <extracomment>Text is scaled from the system font, so a larger system font gives a larger presentation too; this is the scale on a screen of ``FULL_SIZE`` or larger, and smaller screens get proportionally smaller type (never below ``SMALLEST_SCALE``), so the whole view fits an XGA projector. the lesson strip (an orange frame), its change badge (white on black) and the tile the step is about lines of a chart's explanation in classroom mode: its type is as large as the axes' text, so the words that take two lines in the window take three in a third of a projected screen</extracomment>
            <translation>授業モード — AIエネルギー・エクスプローラー</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>シナリオ</translation>
        </message>
        <message>
            <source>Energy over its life</source>
            <translation>生涯の消費電力量</translation>
        </message>
        <message>
            <source>CO2 emissions</source>
            <translation>CO2排出量</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>水使用量</translation>
        </message>
        <message>
            <source>One question</source>
            <translation>質問1回あたり</translation>
        </message>
        <message>
            <source>Peak power per site</source>
            <translation>拠点ごとのピーク電力</translation>
        </message>
        <message>
            <source>lesson steps</source>
            <extracomment>while set, the axes are held but not yet fitted: every result shown starts them afresh until this scenario's own result arrives (a result computed before it must not set their size)</extracomment>
            <translation>レッスンの手順</translation>
        </message>
        <message>
            <source>presets</source>
            <translation>プリセット</translation>
        </message>
        <message>
            <source>← → {what}   ·   S scale   ·   F11 full screen   ·   Esc leave</source>
            <translation>← → {what}   ·   S 規模   ·   F11 全画面   ·   Esc 終了</translation>
        </message>
        <message>
            <source>training {t} · serving {s}</source>
            <translation>学習 {t} · 推論 {s}</translation>
        </message>
        <message>
            <source>market-based · location-based {v}</source>
            <translation>マーケット基準 · ロケーション基準 {v}</translation>
        </message>
        <message>
            <source>location-based · market-based {v}</source>
            <translation>ロケーション基準 · マーケット基準 {v}</translation>
        </message>
        <message>
            <source>cooling and power stations</source>
            <translation>冷却と発電所</translation>
        </message>
        <message>
            <source>{g} g CO2e · {ml} mL water</source>
            <translation>{g} g CO2e · 水 {ml} mL</translation>
        </message>
        <message>
            <source>→ back to this step</source>
            <translation>→ このステップに戻る</translation>
        </message>
        <message>
            <source>{lever} {a} → {b}</source>
            <translation>{lever} {a} → {b}</translation>
        </message>
        <message>
            <source>Predict: {metric}?</source>
            <translation>予想しよう：{metric}は？</translation>
        </message>
        <message>
            <source>{metric} {change}</source>
            <translation>{metric} {change}</translation>
        </message>
        <message>
            <source>pays back in {days} days ({queries} queries)</source>
            <translation>{days}日（{queries}回の質問）で元が取れる</translation>
        </message>
    </context>
    <context>
        <name>Compact</name>
        <message>
            <source>Charts</source>
            <extracomment>below this window width the charts are one per page below this window height (or width NARROW) the analysis panels are pages instead of docks the page of the 2 x 2 grid, when a panel's page stands beside it</extracomment>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <extracomment>the chart pages' names, in ChartGrid.charts order</extracomment>
            <translation>内訳</translation>
        </message>
        <message>
            <source>Energy and CO2e by part: training, serving, overhead, hardware</source>
            <translation>学習・推論・付帯設備・機器製造ごとのエネルギーとCO2</translation>
        </message>
        <message>
            <source>Lifetime</source>
            <translation>ライフタイム</translation>
        </message>
        <message>
            <source>When serving overtakes training</source>
            <translation>推論が学習を上回る時期</translation>
        </message>
        <message>
            <source>Grids</source>
            <translation>電力網</translation>
        </message>
        <message>
            <source>The same work on other grids</source>
            <translation>同じ処理を他の電力網で</translation>
        </message>
        <message>
            <source>Chips</source>
            <translation>チップ</translation>
        </message>
        <message>
            <source>The same work on every accelerator</source>
            <translation>同じ処理を各アクセラレータで</translation>
        </message>
        <message>
            <source>Close this page (the menu command opens it again)</source>
            <translation>このページを閉じます（メニューのコマンドで再び開けます）</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Lifetime electricity cost</source>
            <translation>生涯の電気代</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>電気代</translation>
        </message>
        <message>
            <source>Lifetime energy</source>
            <extracomment>(output path, unit family or None, label) of the compared rows; the paths are core.analysis.COMPARED's</extracomment>
            <translation>生涯エネルギー</translation>
        </message>
        <message>
            <source>Lifetime CO2e</source>
            <translation>生涯CO2排出量</translation>
        </message>
        <message>
            <source>Lifetime water</source>
            <translation>生涯の水使用量</translation>
        </message>
        <message>
            <source>Training energy</source>
            <translation>学習のエネルギー</translation>
        </message>
        <message>
            <source>Energy per query (Wh)</source>
            <translation>質問1回あたりのエネルギー（Wh）</translation>
        </message>
        <message>
            <source>CO2e per query (g)</source>
            <translation>質問1回あたりのCO2（g）</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>エネルギー</translation>
        </message>
        <message>
            <source>CO2e</source>
            <translation>CO2</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>水</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Wh/query</source>
            <translation>Wh/回</translation>
        </message>
        <message>
            <source>g/query</source>
            <translation>g/回</translation>
        </message>
        <message>
            <source>{x} differs from A in: {inputs}</source>
            <extracomment>sentences built in pieces below (marked here for the catalogue)</extracomment>
            <translation>{x} が A と違う入力：{inputs}</translation>
        </message>
        <message>
            <source>(and {n} more)</source>
            <translation>（ほか{n}件）</translation>
        </message>
        <message>
            <source>energy</source>
            <extracomment>differing inputs listed under the table per column (the rest are counted, and all are in Copy) what each compared output is called in a sentence (core.analysis.COMPARED's words, translated here)</extracomment>
            <translation>エネルギー</translation>
        </message>
        <message>
            <source>water</source>
            <translation>水</translation>
        </message>
        <message>
            <source>training energy</source>
            <translation>学習のエネルギー</translation>
        </message>
        <message>
            <source>energy per query</source>
            <translation>質問1回あたりのエネルギー</translation>
        </message>
        <message>
            <source>CO2e per query</source>
            <translation>質問1回あたりのCO2</translation>
        </message>
        <message>
            <source>{x} and A cannot be compared on {what} (one is zero)</source>
            <extracomment>the outputs the sentence under the table speaks of: the lifetime totals and one question</extracomment>
            <translation>{x} と A は{what}を比べられません（一方がゼロ）</translation>
        </message>
        <message>
            <source>{x} uses about the same {what} as A</source>
            <translation>{x} の{what}は A とほぼ同じ</translation>
        </message>
        <message>
            <source>{x} uses {r}x more {what} than A</source>
            <translation>{x} の{what}は A の{r}倍</translation>
        </message>
        <message>
            <source>{x} uses {r}x less {what} than A</source>
            <translation>{x} の{what}は A の{r}分の1</translation>
        </message>
        <message>
            <source>Pin current as A</source>
            <extracomment>the pins were added, removed or renamed (the document has changed)</extracomment>
            <translation>現在の状態をAとして固定</translation>
        </message>
        <message>
            <source>Keep the current inputs as a fixed scenario; then change inputs to compare.</source>
            <translation>現在の入力をシナリオとして固定します。その後、入力を変えて比べましょう。</translation>
        </message>
        <message>
            <source>Remove last pin</source>
            <translation>最後の固定を解除</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>すべて解除</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>名前を変更…</translation>
        </message>
        <message>
            <source>Give a pinned scenario a name of its own (or double-click its column heading).</source>
            <translation>固定したシナリオに名前を付けます（列見出しのダブルクリックでも可）。</translation>
        </message>
        <message>
            <source>× A (log scale)</source>
            <translation>Aに対する倍率（対数目盛）</translation>
        </message>
        <message>
            <source>Each output as a multiple of A · whiskers: likely range</source>
            <translation>各出力をAの何倍かで表示 · ひげ：ありうる範囲</translation>
        </message>
        <message>
            <source>Only a pinned column can be renamed; column {x} follows the window.</source>
            <translation>名前を変えられるのは固定した列だけです。{x} 列はウィンドウの入力に連動します。</translation>
        </message>
        <message>
            <source>A pin's name has 1 to 80 characters.</source>
            <translation>名前は1〜80文字にしてください。</translation>
        </message>
        <message>
            <source>Rename pin</source>
            <translation>固定シナリオの名前</translation>
        </message>
        <message>
            <source>Name of {x}:</source>
            <translation>{x} の名前：</translation>
        </message>
        <message>
            <source>Pin current as {x}</source>
            <translation>現在の状態を{x}として固定</translation>
        </message>
        <message>
            <source>Four scenarios pinned</source>
            <translation>4つのシナリオを固定済み</translation>
        </message>
        <message>
            <source>Pin the current inputs as A, then change inputs: the window's live scenario becomes B. Up to four.</source>
            <translation>現在の入力をAとして固定し、入力を変えると、ウィンドウで編集中のシナリオがBになります。最大4つまで比較できます。</translation>
        </message>
        <message>
            <source>Column {x} follows the inputs in the window; the others are pinned.</source>
            <translation>列{x}はウィンドウの入力に連動し、他の列は固定されています。</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>価格なし</translation>
        </message>
        <message>
            <source>p5–p95: {r}</source>
            <translation>p5〜p95：{r}</translation>
        </message>
        <message>
            <source>{x} has the same inputs as A.</source>
            <translation>{x} の入力は A と同じです。</translation>
        </message>
        <message>
            <source>Nothing pinned yet.</source>
            <translation>まだ何も固定していません。</translation>
        </message>
        <message>
            <source>Compare scenarios</source>
            <translation>シナリオの比較</translation>
        </message>
        <message>
            <source>current inputs</source>
            <translation>現在の入力</translation>
        </message>
    </context>
    <context>
        <name>Cost</name>
        <message>
            <source>1 question</source>
            <extracomment>the ladder's steps (``core.economics.ladder``), then the references, in the window's words</extracomment>
            <translation>質問1回</translation>
        </message>
        <message>
            <source>1 person, a year ({n}/day)</source>
            <translation>1人の1年（1日{n}回）</translation>
        </message>
        <message>
            <source>All of Japan, a year</source>
            <translation>日本中の人の1年</translation>
        </message>
        <message>
            <source>All the world, a year</source>
            <translation>世界中の人の1年</translation>
        </message>
        <message>
            <source>A Japanese home, a year</source>
            <extracomment>the references the chart shows (the JSON report has them all), in short words</extracomment>
            <translation>日本の1世帯の1年</translation>
        </message>
        <message>
            <source>1 GW plant, a year</source>
            <translation>1 GW発電所の1年</translation>
        </message>
        <message>
            <source>Japan's data centres</source>
            <translation>日本のデータセンター</translation>
        </message>
        <message>
            <source>World data centres</source>
            <translation>世界のデータセンター</translation>
        </message>
        <message>
            <source>World data centres 2030</source>
            <translation>世界のデータセンター2030年</translation>
        </message>
        <message>
            <source>Japan's electricity</source>
            <translation>日本の電力消費</translation>
        </message>
        <message>
            <source>World electricity</source>
            <translation>世界の電力消費</translation>
        </message>
        <message>
            <source>Electricity cost</source>
            <translation>電気代</translation>
        </message>
        <message>
            <source>Facility energy x the region's published business price (or your own), in the chosen currency.</source>
            <translation>施設全体のエネルギー × その地域で公表されている事業者向け電気料金（または入力した価格）。選んだ通貨で表示します。</translation>
        </message>
        <message>
            <source>no published price</source>
            <translation>公表価格なし</translation>
        </message>
        <message>
            <source>no published price for {regions}</source>
            <translation>{regions} の公表価格なし</translation>
        </message>
        <message>
            <source>enter a price under Data centre</source>
            <translation>データセンター欄で価格を入力</translation>
        </message>
        <message>
            <source>No published electricity price for {regions}; enter economics.electricity_price_per_kwh.</source>
            <translation>{regions} の電気料金は公表値がありません。economics.electricity_price_per_kwh を入力してください。</translation>
        </message>
        <message>
            <source>likely {range}</source>
            <translation>範囲 {range}</translation>
        </message>
        <message>
            <source>training {t} · {m} per M tokens</source>
            <translation>学習 {t} · 100万トークンあたり {m}</translation>
        </message>
        <message>
            <source>Price: {p} per kWh</source>
            <translation>価格：1 kWhあたり {p}</translation>
        </message>
        <message>
            <source>{region}: your price</source>
            <translation>{region}：入力した価格</translation>
        </message>
        <message>
            <source>clean-energy premium {p} per kWh</source>
            <translation>再エネ割増 1 kWhあたり {p}</translation>
        </message>
        <message>
            <source>CO2e on other grids</source>
            <translation>他の電力網でのCO2e</translation>
        </message>
        <message>
            <source>Cost at other grids' prices</source>
            <translation>他の地域の電気料金での電気代</translation>
        </message>
        <message>
            <source>Show the same work's lifetime CO2e, or its electricity cost at each region's price.</source>
            <translation>同じ仕事の生涯CO2e、または各地域の電気料金での電気代を表示します。</translation>
        </message>
        <message>
            <source>This scenario's price</source>
            <translation>このシナリオの価格</translation>
        </message>
        <message>
            <source>Lifetime electricity cost if every kWh were bought at each region's published business price.</source>
            <translation>すべての電力を各地域の事業者向け公表価格で買った場合の生涯の電気代。</translation>
        </message>
        <message>
            <source>Electricity cost ({unit} {currency})</source>
            <translation>電気代（{unit} {currency}）</translation>
        </message>
        <message>
            <source>{p}/kWh</source>
            <translation>{p}/kWh</translation>
        </message>
        <message>
            <source>Scale: from one question to the world</source>
            <extracomment>compact (classroom mode's third of the screen): names without values, a tick every 10^9</extracomment>
            <translation>規模：1回の質問から世界まで</translation>
        </message>
        <message>
            <source>Energy on a log scale: each step is 10 times the one before. The line is a year of this scenario's serving.</source>
            <translation>エネルギーを対数目盛で表示（1目盛ごとに10倍）。線はこのシナリオの推論1年分です。</translation>
        </message>
        <message>
            <source>If everyone asked</source>
            <translation>みんなが質問したら</translation>
        </message>
        <message>
            <source>For comparison</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>a year of this scenario's serving</source>
            <translation>このシナリオの推論1年分</translation>
        </message>
        <message>
            <source>Energy (log scale)</source>
            <translation>エネルギー（対数目盛）</translation>
        </message>
        <message>
            <source>this scenario: {e} a year</source>
            <translation>このシナリオ：年 {e}</translation>
        </message>
        <message>
            <source>Automatic (language, then region)</source>
            <translation>自動（言語、次に地域）</translation>
        </message>
        <message>
            <source>Currency of the costs; prices are converted at the Federal Reserve's annual average rate of their year.</source>
            <translation>費用の通貨。価格はその年の米連邦準備制度理事会（FRB）の年平均レートで換算します。</translation>
        </message>
    </context>
    <context>
        <name>CustomDefs</name>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>TDP</source>
            <translation>TDP</translation>
        </message>
        <message>
            <source>Idle power</source>
            <translation>待機電力</translation>
        </message>
        <message>
            <source>Peak {p} (0 = not supported)</source>
            <translation>ピーク {p}（0＝非対応）</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>メモリ</translation>
        </message>
        <message>
            <source>Memory bandwidth</source>
            <translation>メモリ帯域幅</translation>
        </message>
        <message>
            <source>Embodied (manufacturing)</source>
            <translation>製造時排出</translation>
        </message>
        <message>
            <source>Carbon intensity</source>
            <translation>排出係数</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>WUE</source>
            <translation>WUE</translation>
        </message>
        <message>
            <source>User-defined</source>
            <translation>ユーザー定義</translation>
        </message>
        <message>
            <source>User-defined grids</source>
            <translation>ユーザー定義の電力網</translation>
        </message>
        <message>
            <source>My hardware, grids and profiles</source>
            <translation>自分のハードウェア・電力網・施設</translation>
        </message>
        <message>
            <source>e.g. Lab GPU 2026</source>
            <translation>例：研究室のGPU 2026</translation>
        </message>
        <message>
            <source>user-defined</source>
            <translation>ユーザー定義</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Use it for training</source>
            <translation>学習に使う</translation>
        </message>
        <message>
            <source>Use it for serving</source>
            <translation>推論に使う</translation>
        </message>
        <message>
            <source>Accelerator</source>
            <translation>アクセラレータ</translation>
        </message>
        <message>
            <source>e.g. Our site's 2025 supply contract</source>
            <translation>例：当拠点の2025年の電力契約</translation>
        </message>
        <message>
            <source>Use it for this scenario</source>
            <translation>このシナリオで使う</translation>
        </message>
        <message>
            <source>Source note</source>
            <translation>出典メモ</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>電力網</translation>
        </message>
        <message>
            <source>Data-centre profile</source>
            <translation>データセンターの種類</translation>
        </message>
        <message>
            <source>Definitions kept in your settings; double-click one to add it to this scenario.</source>
            <translation>設定に保存された定義です。ダブルクリックするとこのシナリオに追加されます。</translation>
        </message>
        <message>
            <source>Forget selected</source>
            <translation>選択した定義を削除</translation>
        </message>
        <message>
            <source>Add to scenario</source>
            <translation>シナリオに追加</translation>
        </message>
        <message>
            <source>Saved for reuse (double-click to add):</source>
            <translation>再利用のために保存済み（ダブルクリックで追加）：</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>施設の種類</translation>
        </message>
        <message>
            <source>Added {name} (user-defined)</source>
            <translation>{name}（ユーザー定義）を追加しました</translation>
        </message>
        <message>
            <source>Added {name} as {uid}; it is saved with the scenario and kept for reuse.</source>
            <translation>{name}を{uid}として追加しました。シナリオと一緒に保存され、再利用のためにも保存されます。</translation>
        </message>
        <message>
            <source>Give at least one peak above 0 (0 = not supported); allowed {range}</source>
            <translation>少なくとも 1 つの精度のピーク性能を 0 より大きくしてください（0＝非対応）。範囲は {range}</translation>
        </message>
        <message>
            <source>{name}: a name is required</source>
            <translation>{name}：入力してください</translation>
        </message>
        <message>
            <source>{name}: {n} characters is too long; allowed up to {max} characters</source>
            <translation>{name}：{n} 文字は長すぎます。{max} 文字までにしてください</translation>
        </message>
        <message>
            <source>(user-defined)</source>
            <translation>（ユーザー定義）</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>How busy the training chips are (MFU)</source>
            <extracomment>Plain names and a short why for each input the sensitivity analysis varies (its scenario path).</extracomment>
            <translation>学習用チップの利用率（MFU）</translation>
        </message>
        <message>
            <source>Published training runs keep the chips between about 15 % and 60 % busy.</source>
            <translation>公表されている学習では、チップの利用率はおよそ15 %〜60 %です。</translation>
        </message>
        <message>
            <source>Power the training chips actually draw</source>
            <translation>学習用チップが実際に消費する電力</translation>
        </message>
        <message>
            <source>Measured draw in training is typically 60–100 % of the rated power.</source>
            <translation>学習中の実測の消費電力は、ふつう定格の60〜100 %です。</translation>
        </message>
        <message>
            <source>Power of the servers around the training chips</source>
            <translation>学習用チップを支えるサーバーの消費電力</translation>
        </message>
        <message>
            <source>CPUs, memory and network add roughly 10–43 % to the chips' power.</source>
            <translation>CPU、メモリ、ネットワークがチップの電力におよそ10〜43 %上乗せされます。</translation>
        </message>
        <message>
            <source>Cooling and overhead of the data centre (PUE)</source>
            <translation>データセンターの冷却などの付帯設備（PUE）</translation>
        </message>
        <message>
            <source>The overhead above 1.0 varies by about 30 % across seasons and sites.</source>
            <translation>1.0を超える部分は、季節や拠点によって約30 %変わります。</translation>
        </message>
        <message>
            <source>Carbon intensity of the grid</source>
            <translation>電力網の排出係数</translation>
        </message>
        <message>
            <source>Published factors for one country differ by up to 10 %.</source>
            <translation>同じ国でも、公表されている係数は最大10 %異なります。</translation>
        </message>
        <message>
            <source>How fast serving reads the weights from memory</source>
            <translation>推論時にメモリから重みを読み込む速さ</translation>
        </message>
        <message>
            <source>Answering reads every weight; chips reach 60–90 % of their memory speed.</source>
            <translation>回答のたびにすべての重みを読み込みます。チップはメモリ速度の60〜90 %を出せます。</translation>
        </message>
        <message>
            <source>How busy the serving chips are</source>
            <translation>推論用チップの利用率</translation>
        </message>
        <message>
            <source>Serving reaches about 30–70 % of the chips' peak speed.</source>
            <translation>推論ではチップのピーク性能の約30〜70 %が出ます。</translation>
        </message>
        <message>
            <source>Speed of the low-bit (quantized) kernels</source>
            <translation>低ビット（量子化）演算の速さ</translation>
        </message>
        <message>
            <source>Low-bit arithmetic ranges from markedly slower to slightly faster than 16-bit.</source>
            <translation>低ビット演算は16ビットに比べて、かなり遅いものからやや速いものまであります。</translation>
        </message>
        <message>
            <source>Power drawn while waiting on memory</source>
            <translation>メモリ待ちの間の消費電力</translation>
        </message>
        <message>
            <source>Chips that mostly wait on memory draw only part of their full power.</source>
            <translation>ほとんどの時間メモリを待っているチップは、最大電力の一部しか消費しません。</translation>
        </message>
        <message>
            <source>Power of idle serving machines</source>
            <translation>待機中の推論用機械の消費電力</translation>
        </message>
        <message>
            <source>An idle data-centre accelerator still draws 10–25 % of its rated power.</source>
            <translation>データセンターのアクセラレータは、待機中でも定格の10〜25 %の電力を消費します。</translation>
        </message>
        <message>
            <source>Power of the servers around the serving chips</source>
            <translation>推論用チップを支えるサーバーの消費電力</translation>
        </message>
        <message>
            <source>CPUs, memory and network add to the chips' own power.</source>
            <translation>CPU、メモリ、ネットワークの電力がチップ自体の電力に加わります。</translation>
        </message>
        <message>
            <source>Cooling water per kWh (WUE)</source>
            <translation>1 kWhあたりの冷却用水（WUE）</translation>
        </message>
        <message>
            <source>On-site water use changes with climate and season.</source>
            <translation>施設での水使用量は気候や季節で変わります。</translation>
        </message>
        <message>
            <source>Water used to generate the electricity</source>
            <translation>発電に使われる水</translation>
        </message>
        <message>
            <source>It depends on the mix of power stations.</source>
            <translation>発電所の構成によって変わります。</translation>
        </message>
        <message>
            <source>Emissions from manufacturing the chips</source>
            <translation>チップの製造時排出</translation>
        </message>
        <message>
            <source>Few chip makers publish a product carbon footprint, and they differ in scope.</source>
            <translation>製品のカーボンフットプリントを公表しているチップメーカーは少なく、算定範囲もまちまちです。</translation>
        </message>
        <message>
            <source>Emissions from manufacturing the servers</source>
            <translation>サーバーの製造時排出</translation>
        </message>
        <message>
            <source>Server footprint estimates are uncertain by about 50 %.</source>
            <translation>サーバーのフットプリントの推計には約50 %の不確かさがあります。</translation>
        </message>
        <message>
            <source>Experiments and failed runs before the final model</source>
            <translation>最終モデルの前の実験と失敗した学習</translation>
        </message>
        <message>
            <source>Published studies of open models found from about half to more than four fifths of training compute spent on them.</source>
            <translation>公開モデルの調査では、学習の計算量の約半分から 5 分の 4 以上がこれに使われていました。</translation>
        </message>
        <message>
            <source>Lifetime CO2e is &lt;b&gt;{value}&lt;/b&gt;. The inputs that move it most are:</source>
            <translation>生涯のCO2排出量は&lt;b&gt;{value}&lt;/b&gt;です。この結果を最も大きく左右する入力は次のとおりです。</translation>
        </message>
        <message>
            <source>Across its plausible range the result goes from {lo} to {hi}, a swing of {pct} % of it.</source>
            <translation>この入力をありうる範囲で動かすと、結果は{lo}から{hi}まで、結果の{pct} %分変わります。</translation>
        </message>
        <message>
            <source>How this is found: each uncertain input is set to the low and then the high end of its published range, one at a time, with every other input unchanged.</source>
            <translation>求め方：不確かな入力を1つずつ、公表された範囲の下限と上限に設定し、他の入力はそのままにして計算しています。</translation>
        </message>
        <message>
            <source>Explain this result</source>
            <translation>この結果を説明</translation>
        </message>
        <message>
            <source>Explanation of the result</source>
            <translation>結果の説明</translation>
        </message>
    </context>
    <context>
        <name>Extras</name>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark theme</source>
            <translation>ダークテーマ(&amp;D)</translation>
        </message>
        <message>
            <source>Guided &amp;lessons</source>
            <translation>ガイド付きレッスン(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Explain this result</source>
            <translation>この結果を説明(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Classroom mode</source>
            <translation>授業モード(&amp;C)</translation>
        </message>
        <message>
            <source>Full-screen, high-contrast view for a projector (F11 toggles, Esc leaves).</source>
            <translation>プロジェクター向けの全画面・高コントラスト表示（F11で切り替え、Escで終了）。</translation>
        </message>
    </context>
    <context>
        <name>Faults</name>
        <message>
            <source>Unexpected error</source>
            <translation>予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong. Your scenario is unchanged and the app keeps running.</source>
            <translation>問題が発生しました。シナリオは変更されておらず、アプリはこのまま使えます。</translation>
        </message>
        <message>
            <source>Details were written to the log:</source>
            <translation>詳細はログに記録しました：</translation>
        </message>
        <message>
            <source>The data folder cannot be written, so there is no log.</source>
            <translation>データフォルダーに書き込めないため、ログはありません。</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>エラーの詳細</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>詳細をコピー</translation>
        </message>
        <message>
            <source>Damaged installation</source>
            <translation>インストールが破損しています</translation>
        </message>
        <message>
            <source>AI Energy Explorer cannot start because a data file is missing or damaged. Reinstall the app to repair it.</source>
            <translation>データファイルが見つからないか破損しているため、AIエネルギー・エクスプローラーを起動できません。アプリを再インストールして修復してください。</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Notebook: one user, batch 1</source>
            <extracomment>The serving stacks (``inference.serving_stack``) and energy boundaries (``inference.energy_boundary``) as the window names them, narrowest boundary first (core.estimator.BOUNDARIES).</extracomment>
            <translation>ノートブック: 1人、バッチ1</translation>
        </message>
        <message>
            <source>Continuous batching</source>
            <translation>連続バッチ処理</translation>
        </message>
        <message>
            <source>Fleet: prefill apart</source>
            <translation>大規模フリート: プリフィル分離</translation>
        </message>
        <message>
            <source>Accelerators, ideal</source>
            <translation>アクセラレータ(理想)</translation>
        </message>
        <message>
            <source>Accelerators as served</source>
            <translation>アクセラレータ(実運用)</translation>
        </message>
        <message>
            <source>+ host CPU and memory</source>
            <translation>+ ホストCPUとメモリ</translation>
        </message>
        <message>
            <source>+ idle capacity</source>
            <translation>+ アイドル容量</translation>
        </message>
        <message>
            <source>+ facility overhead (PUE)</source>
            <translation>+ 施設の付帯電力(PUE)</translation>
        </message>
        <message>
            <source>+ embodied carbon</source>
            <translation>+ 製造時の排出</translation>
        </message>
        <message>
            <source>+ water</source>
            <translation>+ 水</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメータ数</translation>
        </message>
        <message>
            <source>Total weights of the model, e.g. GPT-3 175B (Brown et al. 2020) or Llama 3.1 405B (Dubey et al. 2024); type 175B or 1.75e11.</source>
            <translation>モデルの重みの総数。例：GPT-3は175B（Brown et al. 2020）、Llama 3.1は405B（Dubey et al. 2024）。175Bや1.75e11と入力できます。</translation>
        </message>
        <message>
            <source>Active parameters</source>
            <translation>アクティブパラメータ数</translation>
        </message>
        <message>
            <source>Parameters used per token by a mixture-of-experts model, e.g. DeepSeek-V3 37B of 671B (DeepSeek-AI 2024); empty = dense.</source>
            <translation>混合エキスパート（MoE）モデルが1トークンごとに使うパラメータ数。例：DeepSeek-V3は671Bのうち37B（DeepSeek-AI 2024）。空欄＝密なモデル。</translation>
        </message>
        <message>
            <source>dense</source>
            <translation>密</translation>
        </message>
        <message>
            <source>Training tokens</source>
            <translation>学習トークン数</translation>
        </message>
        <message>
            <source>Tokens seen in training; training compute is about 6 × parameters × tokens (Kaplan et al. 2020).</source>
            <translation>学習で読み込むトークン数。学習の計算量は約 6 × パラメータ数 × トークン数（Kaplan et al. 2020）。</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>コンテキスト長</translation>
        </message>
        <message>
            <source>Longest context the model serves; it sets the key/value cache per sequence (Pope et al. 2022).</source>
            <translation>モデルが扱う最長のコンテキスト。系列ごとのキー・バリューキャッシュの大きさが決まります（Pope et al. 2022）。</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>層数</translation>
        </message>
        <message>
            <source>Transformer layers; empty = derived from the parameter count with d_model/layers ≈ 128 (Kaplan et al. 2020).</source>
            <translation>Transformerの層数。空欄＝パラメータ数から d_model／層数 ≈ 128 として算出（Kaplan et al. 2020）。</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>自動算出</translation>
        </message>
        <message>
            <source>Hidden size</source>
            <translation>隠れ層の次元</translation>
        </message>
        <message>
            <source>Width of the model (d_model); empty = derived from the parameter count (Kaplan et al. 2020, eq. 2.1).</source>
            <translation>モデルの幅（d_model）。空欄＝パラメータ数から算出（Kaplan et al. 2020、式2.1）。</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>エキスパート数</translation>
        </message>
        <message>
            <source>Routed experts per layer of a mixture-of-experts model, e.g. 256 for DeepSeek-V3 (DeepSeek-AI 2024); with experts per token it sets how many experts a batch reads; empty = from active/total.</source>
            <translation>混合エキスパート（MoE）モデルの層ごとのルーティング対象エキスパート数。例：DeepSeek-V3 は 256（DeepSeek-AI 2024）。トークンあたりエキスパート数と合わせて、1 バッチが読み込むエキスパート数を決めます。空欄＝アクティブ／全体の比から近似。</translation>
        </message>
        <message>
            <source>from active share</source>
            <translation>アクティブ比から</translation>
        </message>
        <message>
            <source>Experts per token</source>
            <translation>トークンあたりエキスパート数</translation>
        </message>
        <message>
            <source>Routed experts each token uses (top-k), e.g. 8 for DeepSeek-V3; a batch of B tokens touches E × (1 − (1 − k/E)^B) experts.</source>
            <translation>各トークンが使うエキスパート数（top-k）。例：DeepSeek-V3 は 8。B トークンのバッチは E × (1 − (1 − k/E)^B) 個のエキスパートに触れます。</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>ハードウェア</translation>
        </message>
        <message>
            <source>Training chips</source>
            <translation>学習用チップ数</translation>
        </message>
        <message>
            <source>Accelerators in the training run; it changes the wall-clock days, not the energy (Patterson et al. 2021).</source>
            <translation>学習に使うアクセラレータの数。変わるのは学習にかかる日数で、エネルギーは変わりません（Patterson et al. 2021）。</translation>
        </message>
        <message>
            <source>Utilisation (MFU)</source>
            <translation>利用率（MFU）</translation>
        </message>
        <message>
            <source>Model FLOPs utilisation, achieved / peak FLOP/s: GPT-3 20 % (Patterson et al. 2021), PaLM 46 % (Chowdhery et al. 2022).</source>
            <translation>モデルFLOPs利用率（実効FLOP/s ÷ ピークFLOP/s）：GPT-3 20 %（Patterson et al. 2021）、PaLM 46 %（Chowdhery et al. 2022）。</translation>
        </message>
        <message>
            <source>Development factor</source>
            <translation>開発係数</translation>
        </message>
        <message>
            <source>Experiments and failed runs as a multiple of the final run; OPT-175B about 2× (Zhang et al. 2022); empty = from the development share.</source>
            <translation>実験や失敗した学習を含めた計算量の、最終学習に対する倍率。OPT-175B では約 2 倍（Zhang et al. 2022）。空欄＝開発の割合から計算。</translation>
        </message>
        <message>
            <source>from share</source>
            <translation>割合から</translation>
        </message>
        <message>
            <source>Development share</source>
            <translation>開発の割合</translation>
        </message>
        <message>
            <source>Share of all training compute spent on experiments, ablations and failed runs: 82.2 % for OLMo 3 (Morrison et al. 2026), about 50 % for OLMo 2.</source>
            <translation>学習の計算量全体のうち、実験・アブレーション・失敗した学習に使われた割合。OLMo 3 は 82.2 %（Morrison et al. 2026）、OLMo 2 は約 50 %。</translation>
        </message>
        <message>
            <source>Measured hours</source>
            <translation>実測稼働時間</translation>
        </message>
        <message>
            <source>Accelerator-hours a model card publishes, e.g. Llama 3.1 8B 1.46M H100-hours (Meta); empty = derived from FLOPs.</source>
            <translation>モデルカードが公表しているアクセラレータ稼働時間。例：Llama 3.1 8BはH100で146万時間（Meta）。空欄＝FLOP数から算出。</translation>
        </message>
        <message>
            <source>Measured power</source>
            <translation>実測消費電力</translation>
        </message>
        <message>
            <source>Measured all-in power per accelerator, e.g. 330 W per V100 for GPT-3 (Patterson et al. 2021); empty = modelled from TDP.</source>
            <translation>アクセラレータ1台あたりの実測の消費電力（周辺機器込み）。例：GPT-3ではV100 1台あたり330 W（Patterson et al. 2021）。空欄＝TDPからのモデル値。</translation>
        </message>
        <message>
            <source>modelled</source>
            <translation>モデル値</translation>
        </message>
        <message>
            <source>Chips per replica</source>
            <translation>レプリカあたりのチップ数</translation>
        </message>
        <message>
            <source>Accelerators serving one copy of the model; empty = the fewest whose memory holds weights and cache (EcoLogits).</source>
            <translation>モデル1コピーの推論に使うアクセラレータ数。空欄＝重みとキャッシュがメモリに収まる最少数（EcoLogits）。</translation>
        </message>
        <message>
            <source>fewest</source>
            <translation>最少数</translation>
        </message>
        <message>
            <source>Capacity busy</source>
            <translation>稼働率</translation>
        </message>
        <message>
            <source>Share of provisioned serving capacity that is busy; idle machines still draw power (Elsworth et al. 2025).</source>
            <translation>用意した推論設備のうち実際に稼働している割合。待機中の機械も電力を消費します（Elsworth et al. 2025）。</translation>
        </message>
        <message>
            <source>Data centre</source>
            <translation>データセンター</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Power usage effectiveness, facility / IT energy: Google 1.09, industry average 1.56 (Uptime Institute 2024).</source>
            <translation>電力使用効率（PUE）＝施設全体の消費電力量 ÷ IT機器の消費電力量。Googleは1.09、業界平均は1.56（Uptime Institute 2024）。</translation>
        </message>
        <message>
            <source>Grid intensity</source>
            <translation>排出係数</translation>
        </message>
        <message>
            <source>Carbon intensity of the electricity; empty = the chosen region's value (Ember via Our World in Data, 2024).</source>
            <translation>電力1 kWhあたりのCO2排出量。空欄＝選んだ地域の値（Ember、Our World in Data経由、2024）。</translation>
        </message>
        <message>
            <source>from region</source>
            <translation>地域の値</translation>
        </message>
        <message>
            <source>Clean energy bought</source>
            <translation>再エネ電力の購入</translation>
        </message>
        <message>
            <source>Share covered by clean-energy contracts; counted only in market-based CO2e (GHG Protocol Scope 2 Guidance).</source>
            <translation>再生可能エネルギーの電力契約でまかなう割合。マーケット基準のCO2eにのみ反映されます（GHGプロトコル スコープ2ガイダンス）。</translation>
        </message>
        <message>
            <source>Water use (WUE)</source>
            <translation>水使用効率（WUE）</translation>
        </message>
        <message>
            <source>On-site water per kWh of IT energy: Microsoft about 0.30, AWS 0.25 L/kWh (company reports, via Li et al. 2023).</source>
            <translation>IT機器の電力1 kWhあたりに施設で使う水の量。Microsoftは約0.30、AWSは0.25 L/kWh（各社報告、Li et al. 2023経由）。</translation>
        </message>
        <message>
            <source>Optimisation</source>
            <translation>省エネの工夫</translation>
        </message>
        <message>
            <source>Low-bit kernel speed</source>
            <translation>低ビット演算の速さ</translation>
        </message>
        <message>
            <source>Speed of 8- and 4-bit kernels relative to 16-bit; below 1 when dequantisation costs time (bitsandbytes measurements).</source>
            <translation>8ビット・4ビット演算カーネルの16ビットに対する速さ。逆量子化に時間がかかると1未満になります（bitsandbytesの測定）。</translation>
        </message>
        <message>
            <source>Distilled student size</source>
            <translation>蒸留後の生徒モデルの大きさ</translation>
        </message>
        <message>
            <source>Student size / teacher size; 100 % = no distillation (Hinton et al. 2015; DistilBERT is 60 %).</source>
            <translation>生徒モデル ÷ 教師モデルの大きさ。100 %＝知識蒸留なし（Hinton et al. 2015。DistilBERTは60 %）。</translation>
        </message>
        <message>
            <source>Distillation tokens</source>
            <translation>蒸留トークン数</translation>
        </message>
        <message>
            <source>Tokens the teacher labels to train the student; costs 2 N_teacher + 6 N_student FLOP per token, once.</source>
            <translation>生徒モデルの学習のために教師モデルが答えを付けるトークン数。1トークンあたり 2 N_教師 + 6 N_生徒 FLOPを1回だけ消費します。</translation>
        </message>
        <message>
            <source>Structured pruning</source>
            <translation>構造化枝刈り</translation>
        </message>
        <message>
            <source>Share of weights removed by structured pruning, e.g. 50 % in Sheared-LLaMA (Xia et al. 2023).</source>
            <translation>構造化枝刈りで取り除く重みの割合。例：Sheared-LLaMAでは50 %（Xia et al. 2023）。</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <source>Sequences decoded together; larger batches share each weight read (ML.ENERGY: 0.455 J/token at 8, 0.070 at 512).</source>
            <translation>同時に生成する系列の数。大きいバッチほど重みの読み出しを共有できます（ML.ENERGY：8で0.455 J/トークン、512で0.070）。</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>利用状況</translation>
        </message>
        <message>
            <source>Queries per day</source>
            <translation>1日の質問数</translation>
        </message>
        <message>
            <source>Queries served per day; ChatGPT was reported at about 1 billion a day in late 2024 (OpenAI).</source>
            <translation>1日に処理する質問の数。ChatGPTは2024年末に1日約10億件と報じられました（OpenAI）。</translation>
        </message>
        <message>
            <source>Peak / average demand</source>
            <translation>ピーク/平均の需要比</translation>
        </message>
        <message>
            <source>Busiest hour's demand over the average; given, replicas are sized for the peak and run below the batch size at average demand (Little's law); empty = full batches while busy.</source>
            <translation>最も混む時間帯の需要と平均の比。指定すると、レプリカ数をピークに合わせ、平均需要ではバッチサイズより少ない同時実行数で動かします(リトルの法則)。空欄 = 稼働中は常に満杯のバッチ。</translation>
        </message>
        <message>
            <source>full batches</source>
            <translation>満杯バッチ</translation>
        </message>
        <message>
            <source>Input tokens</source>
            <translation>入力トークン数</translation>
        </message>
        <message>
            <source>Prompt tokens per query; Epoch AI (2025) assumes a few hundred for a typical chat turn.</source>
            <translation>1回の質問のプロンプトのトークン数。Epoch AI（2025）は一般的なチャット1往復で数百と想定。</translation>
        </message>
        <message>
            <source>Output tokens</source>
            <translation>出力トークン数</translation>
        </message>
        <message>
            <source>Generated tokens per query; Epoch AI (2025) used 500 for a typical GPT-4o reply.</source>
            <translation>1回の質問で生成するトークン数。Epoch AI（2025）は一般的なGPT-4oの回答を500としました。</translation>
        </message>
        <message>
            <source>Reasoning tokens</source>
            <translation>推論（思考）トークン</translation>
        </message>
        <message>
            <source>Hidden reasoning generated before the answer; ML.ENERGY v3 measured 6,988 tokens per problem-solving response vs 717 for chat (2026).</source>
            <translation>回答の前に生成される非表示の推論。ML.ENERGY v3 の測定では問題解決の応答 1 件あたり 6,988 トークン、チャットは 717（2026 年）。</translation>
        </message>
        <message>
            <source>Cached input tokens</source>
            <translation>キャッシュ済み入力トークン</translation>
        </message>
        <message>
            <source>Prompt tokens served from a prefix cache (a shared system prompt, an earlier turn): no prefill compute, still in the context.</source>
            <translation>プレフィックスキャッシュから供給されるプロンプトのトークン（共通のシステムプロンプトや前のターン）。プレフィル計算は不要ですが、コンテキストには含まれます。</translation>
        </message>
        <message>
            <source>Calls per task</source>
            <translation>タスクあたり呼び出し回数</translation>
        </message>
        <message>
            <source>Model calls per user task: 1 for a chat turn, several for an agent that plans, calls tools and checks.</source>
            <translation>ユーザーの 1 タスクあたりのモデル呼び出し回数。チャットの 1 ターンは 1、計画・ツール呼び出し・確認を行うエージェントは複数回。</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>運用期間</translation>
        </message>
        <message>
            <source>How long the model is served; hardware is assumed to last 4 years (EcoLogits, LLMCarbon).</source>
            <translation>モデルを提供する期間。ハードウェアの寿命は4年と仮定（EcoLogits、LLMCarbon）。</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>電気料金</translation>
        </message>
        <message>
            <source>Price per kWh in the chosen currency; empty = each site's published business price (EIA, Eurostat, DESNZ, 電力取引報), converted at the Federal Reserve's annual rate.</source>
            <translation>選んだ通貨での1 kWhあたりの価格。空欄 = 各拠点の事業者向け公表価格（EIA、Eurostat、DESNZ、電力取引報）をFRBの年平均レートで換算。</translation>
        </message>
        <message>
            <source>region's</source>
            <translation>地域の値</translation>
        </message>
        <message>
            <source>Clean-energy premium</source>
            <translation>再エネ割増</translation>
        </message>
        <message>
            <source>Extra price per kWh of the contracted clean share (a PPA or certificates); applied to the renewable share.</source>
            <translation>契約した再エネ分（PPAや証書）に上乗せされる1 kWhあたりの価格。再エネ比率の分に適用します。</translation>
        </message>
        <message>
            <source>Accelerator-hour price</source>
            <translation>アクセラレータ時間単価</translation>
        </message>
        <message>
            <source>Price of one accelerator-hour for the compute; empty = not counted. One H100 listed at about 2.5-3.5 USD (specialist clouds), 4.9 USD (AWS Capacity Blocks) and 12.3 USD (AWS on demand), 2025-26.</source>
            <translation>計算そのものの1アクセラレータ時間あたりの価格。空欄 = 計上しない。H100 1基の公開価格（2025〜26年）は専業クラウドで約2.5〜3.5ドル、AWS Capacity Blocksで4.9ドル、AWSオンデマンドで12.3ドル。</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>計上しない</translation>
        </message>
        <message>
            <source>How big the model is: the number of values it learned.</source>
            <translation>モデルの大きさ。学習で身につけた数値の個数です。</translation>
        </message>
        <message>
            <source>How much of the model works on each word; the same as Parameters unless it is a mixture of experts.</source>
            <translation>1語ごとに実際に働くモデルの部分。専門家混合（MoE）モデルでなければパラメータ数と同じです。</translation>
        </message>
        <message>
            <source>How much text the model read while it learned.</source>
            <translation>モデルが学習中に読んだ文章の量。</translation>
        </message>
        <message>
            <source>The longest text the model can take in at once.</source>
            <translation>モデルが一度に読み込める文章の最大の長さ。</translation>
        </message>
        <message>
            <source>How many processing stages the model stacks; usually left empty.</source>
            <translation>モデルが重ねている処理の段数。ふつうは空欄のままで構いません。</translation>
        </message>
        <message>
            <source>How wide each stage of the model is; usually left empty.</source>
            <translation>モデルの各段の幅。ふつうは空欄のままで構いません。</translation>
        </message>
        <message>
            <source>How many specialist blocks a mixture-of-experts model has in each layer.</source>
            <translation>専門家混合（MoE）モデルが各層に持つ専門ブロックの数。</translation>
        </message>
        <message>
            <source>How many of those specialist blocks each word uses.</source>
            <translation>1語ごとに使う専門ブロックの数。</translation>
        </message>
        <message>
            <source>How many chips trained the model at once.</source>
            <translation>同時に学習に使ったチップの数。</translation>
        </message>
        <message>
            <source>How busy the chips were with useful arithmetic, as a share of their top speed.</source>
            <translation>チップが最高速度のうち、どれだけ役に立つ計算に使われていたかの割合。</translation>
        </message>
        <message>
            <source>How many times the final training run the whole development cost, experiments included.</source>
            <translation>実験も含めた開発全体が、最後の学習の何倍かかったか。</translation>
        </message>
        <message>
            <source>How much of all training computation went into experiments and failed runs.</source>
            <translation>学習の計算全体のうち、実験や失敗した学習に使われた割合。</translation>
        </message>
        <message>
            <source>Chip-hours the model's makers published; when set, they replace the computed training time.</source>
            <translation>開発元が公表したチップ稼働時間。入力すると、計算で求めた学習時間の代わりに使われます。</translation>
        </message>
        <message>
            <source>Power per chip the makers measured; when set, it replaces the modelled power.</source>
            <translation>開発元が実測したチップ1個あたりの消費電力。入力すると、モデルで求めた消費電力の代わりに使われます。</translation>
        </message>
        <message>
            <source>How many chips hold one copy of the model while it answers questions.</source>
            <translation>質問に答えるとき、モデル1組を載せるチップの数。</translation>
        </message>
        <message>
            <source>How much of the time the serving chips are actually answering questions.</source>
            <translation>推論用チップが実際に質問に答えている時間の割合。</translation>
        </message>
        <message>
            <source>How much extra electricity the building uses for cooling and power conversion: 1.1 means 10 % more.</source>
            <translation>冷却や電力変換のために建物全体で余分に使う電気の多さ。1.1なら10 %増しです。</translation>
        </message>
        <message>
            <source>How much CO2e each kWh of the local electricity releases.</source>
            <translation>その地域の電気1 kWhあたりのCO2排出量。</translation>
        </message>
        <message>
            <source>How much of the electricity the operator buys as clean energy by contract.</source>
            <translation>事業者が契約で再生可能エネルギーとして買う電気の割合。</translation>
        </message>
        <message>
            <source>How much water the data centre evaporates for cooling per kWh.</source>
            <translation>データセンターが冷却のために1 kWhあたり蒸発させる水の量。</translation>
        </message>
        <message>
            <source>How fast the chips compute with 8- or 4-bit weights compared with 16-bit ones.</source>
            <translation>8ビットや4ビットの重みで計算したときの速さ（16ビットとの比）。</translation>
        </message>
        <message>
            <source>How big a smaller student model, taught by this one, is compared with it.</source>
            <translation>このモデルが教える小さな生徒モデルの大きさ（このモデルとの比）。</translation>
        </message>
        <message>
            <source>How much text is used to teach the student model.</source>
            <translation>生徒モデルを教えるのに使う文章の量。</translation>
        </message>
        <message>
            <source>How much of the model is cut away to make it smaller.</source>
            <translation>モデルを小さくするために取り除く部分の割合。</translation>
        </message>
        <message>
            <source>How many questions a chip answers together in one step.</source>
            <translation>チップが1ステップでまとめて答える質問の数。</translation>
        </message>
        <message>
            <source>How many questions people ask the model each day.</source>
            <translation>1日に人々がモデルにする質問の数。</translation>
        </message>
        <message>
            <source>How long each question is, in tokens (about three quarters of a word each).</source>
            <translation>質問1回の長さ（トークン数。英語なら1トークンは約0.75語）。</translation>
        </message>
        <message>
            <source>How long each answer is, in tokens.</source>
            <translation>回答1回の長さ（トークン数）。</translation>
        </message>
        <message>
            <source>How much hidden thinking text the model writes before it answers.</source>
            <translation>モデルが答える前に書く、見えない「考える」文章の量。</translation>
        </message>
        <message>
            <source>How much of each question the model has seen before and need not read again.</source>
            <translation>質問のうち、モデルが以前に読んでいて読み直さなくてよい部分の量。</translation>
        </message>
        <message>
            <source>How many times the model is asked for one task.</source>
            <translation>1つの作業のためにモデルを呼び出す回数。</translation>
        </message>
        <message>
            <source>How much busier the busiest hour is than an average hour.</source>
            <translation>いちばん混む時間帯が、平均的な時間帯の何倍混むか。</translation>
        </message>
        <message>
            <source>How many days the model is offered to people.</source>
            <translation>モデルを人々に提供する日数。</translation>
        </message>
        <message>
            <source>What one kWh of electricity costs.</source>
            <translation>電気1 kWhの値段。</translation>
        </message>
        <message>
            <source>What extra the operator pays per kWh for clean energy.</source>
            <translation>再生可能エネルギーのために事業者が1 kWhあたり余分に払う額。</translation>
        </message>
        <message>
            <source>What renting one chip for one hour costs.</source>
            <translation>チップ1個を1時間借りる値段。</translation>
        </message>
        <message>
            <source>The kind of chip the model was trained on.</source>
            <extracomment>the choice inputs' plain sentences, by the label's source text (gui.inputs.panel puts them first in the tooltips of the label and the picker)</extracomment>
            <translation>モデルの学習に使ったチップの種類。</translation>
        </message>
        <message>
            <source>How many digits the training arithmetic keeps: fewer digits run faster on most chips.</source>
            <translation>学習の計算で保つ桁数。桁が少ないほど、多くのチップで速く計算できます。</translation>
        </message>
        <message>
            <source>The kind of chip that answers people's questions.</source>
            <translation>人々の質問に答えるチップの種類。</translation>
        </message>
        <message>
            <source>A real data centre whose published efficiency you can start from.</source>
            <translation>公表された効率を出発点にできる、実在のデータセンター。</translation>
        </message>
        <message>
            <source>Where the data centre gets its electricity.</source>
            <translation>データセンターが電気を受ける地域。</translation>
        </message>
        <message>
            <source>How compactly the model is stored while it answers: fewer bits, less to read per word.</source>
            <translation>答えるときにモデルをどれだけ小さく保存するか。ビット数が少ないほど、1語ごとに読む量が減ります。</translation>
        </message>
        <message>
            <source>The money the costs are shown in.</source>
            <translation>費用を表示する通貨。</translation>
        </message>
        <message>
            <source>The kind of software that runs the model for its users.</source>
            <translation>利用者のためにモデルを動かすソフトウェアの種類。</translation>
        </message>
        <message>
            <source>How much of the machinery around the chips the per-question energy counts.</source>
            <translation>質問1回あたりのエネルギーに、チップのまわりの設備をどこまで含めるか。</translation>
        </message>
        <message>
            <source>auto</source>
            <extracomment>a refused value's box: a red frame. The padding keeps the box as tall as the style's own frame (22 px at the default font; a bare 1 px border made it 18), so marking a value refused never moves the rows below it.</extracomment>
            <translation>自動</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>サンプル数</translation>
        </message>
        <message>
            <source>Monte Carlo samples drawn for every p5–p95 range; the same seed gives the same ranges for the same count.</source>
            <translation>p5〜p95の各範囲に使うモンテカルロサンプルの数。シードと数が同じなら、範囲も同じになります。</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>Likely range (p5–p95)</source>
            <extracomment>(term, explanation), in reading order: what a result means first, then the levers</extracomment>
            <translation>ありうる範囲（p5〜p95）</translation>
        </message>
        <message>
            <source>Nobody knows every input exactly, so the app recomputes each result thousands of times with the uncertain inputs drawn from their published ranges. Nine times in ten the result falls between the two numbers shown: the 5th and the 95th percentile.</source>
            <translation>すべての入力を正確に知っている人はいません。そこでこのアプリは、不確かな入力を公表された範囲から選び直しながら、結果を何千回も計算し直します。10回のうち9回は、表示された2つの数（5パーセンタイルと95パーセンタイル）の間に結果が入ります。</translation>
        </message>
        <message>
            <source>Whiskers</source>
            <translation>ひげ（誤差範囲の線）</translation>
        </message>
        <message>
            <source>The thin lines on a bar: they span the likely range (p5–p95) of that bar's total.</source>
            <translation>棒グラフの上の細い線。その棒の合計のありうる範囲（p5〜p95）を示します。</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Teaching the model once, before anyone uses it: thousands of chips run for weeks. Experiments and failed runs before the final run count too (the development share).</source>
            <translation>使われる前に一度だけモデルを教えること。何千個ものチップが何週間も動きます。最後の学習の前の実験や失敗した学習も数えます（開発の割合）。</translation>
        </message>
        <message>
            <source>Serving (inference)</source>
            <translation>推論（サービス提供）</translation>
        </message>
        <message>
            <source>Answering people's questions with the trained model, every day for as long as it is offered. Small per question, but it adds up: for a popular service it passes training within months.</source>
            <translation>学習済みのモデルで、提供される間は毎日、人々の質問に答えること。質問1回分は小さくても積み重なり、人気のサービスでは数か月で学習を上回ります。</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <source>The numbers a model learns (its weights). More parameters: more arithmetic and more memory read for every word. 70B means 70 billion.</source>
            <translation>モデルが学習する数値（重み）。パラメータが多いほど、1語ごとの計算とメモリの読み出しが増えます。70Bは700億です。</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>The pieces of text a model reads and writes: about three quarters of an English word, or one or two Japanese characters. A chat answer is a few hundred tokens.</source>
            <translation>モデルが読み書きする文章の小片。英語ならおよそ0.75語、日本語なら1〜2文字ほどです。チャットの回答は数百トークンです。</translation>
        </message>
        <message>
            <source>Query (question)</source>
            <translation>クエリ（質問）</translation>
        </message>
        <message>
            <source>One question and its answer. Its energy is the serving energy shared out per question, idle machines and the building's overhead included.</source>
            <translation>1回の質問とその回答。そのエネルギーは、待機中の機械や建物の付帯設備の分も含めた推論のエネルギーを、質問1回あたりに分けたものです。</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>バッチ</translation>
        </message>
        <message>
            <source>Questions a chip answers together in one step. The model's weights are read once per step for the whole batch, so a larger batch costs less energy per question.</source>
            <translation>チップが1ステップでまとめて答える質問。モデルの重みはバッチ全体で1ステップに1回読まれるので、バッチが大きいほど質問1回あたりのエネルギーは少なくなります。</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>KVキャッシュ</translation>
        </message>
        <message>
            <source>The model's notes on the conversation so far (keys and values of every earlier token), kept in the chip's memory so they are not computed again. Long conversations need a large cache.</source>
            <translation>それまでの会話についてのモデルのメモ（前のトークンすべてのキーと値）。計算し直さないようにチップのメモリに置いておきます。長い会話ほど大きなキャッシュが必要です。</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>コンテキスト長</translation>
        </message>
        <message>
            <source>The longest text, question and answer together, the model can take into account.</source>
            <translation>質問と回答を合わせて、モデルが考慮できる文章の最大の長さ。</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>量子化</translation>
        </message>
        <message>
            <source>Storing each weight in fewer bits (8 or 4 instead of 16): less memory to read per word, so usually less energy, with a small loss of quality. Slow low-bit arithmetic can cancel the gain.</source>
            <translation>重みを少ないビット数（16ではなく8や4）で保存すること。1語ごとに読むメモリが減るので、ふつうは少し品質が下がる代わりにエネルギーが減ります。低ビットの計算が遅いと、その効果が消えることもあります。</translation>
        </message>
        <message>
            <source>Distillation</source>
            <translation>知識蒸留</translation>
        </message>
        <message>
            <source>Training a small student model to imitate a large teacher. It costs extra training once and saves energy on every question; the payback is when the savings pass that cost.</source>
            <translation>小さな生徒モデルに大きな先生モデルをまねさせて学習させること。一度だけ余分な学習が必要ですが、質問のたびにエネルギーを節約します。節約がその費用を上回る時点が回収点です。</translation>
        </message>
        <message>
            <source>Mixture of experts</source>
            <translation>専門家混合（MoE）</translation>
        </message>
        <message>
            <source>A model split into many expert blocks of which each word uses only a few: all parameters must sit in memory, but only the active ones compute.</source>
            <translation>たくさんの専門ブロックに分かれ、1語ごとにそのうち少しだけを使うモデル。すべてのパラメータをメモリに置く必要がありますが、計算するのは働く部分だけです。</translation>
        </message>
        <message>
            <source>Accelerator (chip, GPU)</source>
            <translation>アクセラレータ（チップ、GPU）</translation>
        </message>
        <message>
            <source>The processor that does the model's arithmetic: a GPU such as the NVIDIA H100, a Google TPU or another AI chip. Its peak speed, memory and power rating come from the maker's datasheet.</source>
            <translation>モデルの計算をする処理装置。NVIDIA H100のようなGPU、GoogleのTPU、その他のAIチップです。最高速度、メモリ、定格電力はメーカーのデータシートによります。</translation>
        </message>
        <message>
            <source>MFU (model FLOPs utilisation)</source>
            <translation>MFU（モデルFLOPs利用率）</translation>
        </message>
        <message>
            <source>How busy the chips really are with the model's arithmetic during training, as a share of their top speed. 30 % means they spend most of the time waiting for data or for each other.</source>
            <translation>学習中、チップが最高速度のうちどれだけモデルの計算に使われているかの割合。30 %なら、ほとんどの時間はデータやほかのチップを待っていることになります。</translation>
        </message>
        <message>
            <source>Measured hours and power</source>
            <translation>実測稼働時間と実測消費電力</translation>
        </message>
        <message>
            <source>Chip-hours or power a model's makers published. When given, they replace the computed training time or power, so model size, chip count and MFU no longer change the training energy. Clear the field to compute again.</source>
            <translation>モデルの開発元が公表したチップ稼働時間や消費電力。入力すると計算で求めた学習時間や電力の代わりに使われるため、モデルの大きさ、チップ数、MFUを変えても学習のエネルギーは変わりません。計算に戻すには欄を空にします。</translation>
        </message>
        <message>
            <source>Development share</source>
            <translation>開発の割合</translation>
        </message>
        <message>
            <source>The share of all training computation spent on experiments, tests and failed runs before and around the final run: about four fifths for OLMo 3.</source>
            <translation>学習の計算全体のうち、最後の学習の前後の実験、試験、失敗した学習に使われた割合。OLMo 3では約5分の4です。</translation>
        </message>
        <message>
            <source>PUE (power usage effectiveness)</source>
            <translation>電力使用効率（PUE）</translation>
        </message>
        <message>
            <source>The whole building's electricity divided by the computers' electricity. 1.1 means cooling, power conversion and lights add 10 %; the industry average is about 1.56.</source>
            <translation>建物全体の電気をコンピュータの電気で割った値。1.1なら冷却、電力変換、照明で10 %増えます。業界平均は約1.56です。</translation>
        </message>
        <message>
            <source>WUE (water usage effectiveness)</source>
            <translation>水使用効率（WUE）</translation>
        </message>
        <message>
            <source>Litres of water the data centre evaporates for cooling per kWh of computing. Power stations use water too; the app adds that separately.</source>
            <translation>計算1 kWhあたり、データセンターが冷却のために蒸発させる水のリットル数。発電所も水を使うので、アプリはそれを別に加えます。</translation>
        </message>
        <message>
            <source>Grid intensity</source>
            <translation>排出係数</translation>
        </message>
        <message>
            <source>Grams of CO2e released per kWh of electricity from a country's or region's grid: low where power comes from water, wind, sun or nuclear, high where it comes from coal.</source>
            <translation>国や地域の電力網の電気1 kWhあたりに出るCO2排出量（グラム）。水力、風力、太陽光、原子力の多い所では低く、石炭の多い所では高くなります。</translation>
        </message>
        <message>
            <source>CO2e</source>
            <translation>CO2e（CO2換算）</translation>
        </message>
        <message>
            <source>Carbon dioxide equivalent: all greenhouse gases counted as the amount of CO2 that would warm the climate as much.</source>
            <translation>二酸化炭素換算量。すべての温室効果ガスを、同じだけ気候を温めるCO2の量に直して数えたものです。</translation>
        </message>
        <message>
            <source>Location-based and market-based CO2e</source>
            <translation>ロケーション基準とマーケット基準のCO2排出量</translation>
        </message>
        <message>
            <source>Location-based: the CO2e of the grid the data centre actually draws from. Market-based: after the clean energy the operator buys by contract or certificate. Both follow the GHG Protocol; the physical grid is the same.</source>
            <translation>ロケーション基準は、データセンターが実際に電気を受ける電力網の排出量。マーケット基準は、事業者が契約や証書で買う再生可能エネルギーを差し引いた後の排出量です。どちらもGHGプロトコルに従い、物理的な電力網は同じです。</translation>
        </message>
        <message>
            <source>Embodied carbon</source>
            <translation>製造時排出</translation>
        </message>
        <message>
            <source>The CO2e of making the chips and servers, shared out over the years they are used.</source>
            <translation>チップやサーバーを製造するときのCO2排出量を、使われる年数に分けたもの。</translation>
        </message>
        <message>
            <source>Wh, kWh, MWh, GWh</source>
            <translation>Wh、kWh、MWh、GWh</translation>
        </message>
        <message>
            <source>Units of energy. A phone charge is about 19 Wh; a Japanese home uses about 3,950 kWh a year. 1 MWh = 1,000 kWh; 1 GWh = 1,000 MWh.</source>
            <translation>エネルギーの単位。スマートフォンの充電1回は約19 Wh、日本の家庭は1年に約3,950 kWhを使います。1 MWh = 1,000 kWh、1 GWh = 1,000 MWhです。</translation>
        </message>
        <message>
            <source>Energy label (A–G)</source>
            <translation>省エネラベル（A〜G）</translation>
        </message>
        <message>
            <source>An appliance-style class for the energy of one question: A up to 0.03 Wh, then B, C, D, E and F each about three times more, G above 10 Wh. Google's median Gemini prompt (0.24 Wh) is a C.</source>
            <translation>質問1回のエネルギーを家電のように区分したもの。Aは0.03 Whまで、B、C、D、E、Fはそれぞれ約3倍ずつ、Gは10 Wh超です。GoogleのGeminiの質問の中央値（0.24 Wh）はCです。</translation>
        </message>
        <message>
            <source>G&amp;lossary…</source>
            <translation>用語集(&amp;L)…</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>用語集</translation>
        </message>
        <message>
            <source>Search: a word such as PUE, token or water</source>
            <translation>検索：PUE、トークン、水などの言葉</translation>
        </message>
        <message>
            <source>Search the glossary</source>
            <translation>用語集を検索</translation>
        </message>
        <message>
            <source>Glossary entries</source>
            <translation>用語集の項目</translation>
        </message>
        <message>
            <source>{n} of {total} terms</source>
            <translation>{total}語中{n}語</translation>
        </message>
    </context>
    <context>
        <name>InputLabels</name>
        <message>
            <source>Scenario name</source>
            <extracomment>the core's labels, marked for translation (context "InputLabels")</extracomment>
            <translation>シナリオ名</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>プリセット</translation>
        </message>
        <message>
            <source>Model name</source>
            <translation>モデル名</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメータ数</translation>
        </message>
        <message>
            <source>Active parameters</source>
            <translation>アクティブパラメータ数</translation>
        </message>
        <message>
            <source>Training tokens</source>
            <translation>学習トークン数</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>層数</translation>
        </message>
        <message>
            <source>Hidden size</source>
            <translation>隠れ層の次元</translation>
        </message>
        <message>
            <source>Key/value heads</source>
            <translation>キー・バリューヘッド数</translation>
        </message>
        <message>
            <source>Attention head size</source>
            <translation>アテンションヘッドの次元</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>コンテキスト長</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>エキスパート数</translation>
        </message>
        <message>
            <source>Experts per token</source>
            <translation>トークンあたりエキスパート数</translation>
        </message>
        <message>
            <source>Training chip</source>
            <translation>学習用チップ</translation>
        </message>
        <message>
            <source>Training chips</source>
            <translation>学習用チップ数</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>数値精度</translation>
        </message>
        <message>
            <source>Utilisation (MFU)</source>
            <translation>利用率（MFU）</translation>
        </message>
        <message>
            <source>Measured hours</source>
            <translation>実測稼働時間</translation>
        </message>
        <message>
            <source>Measured power</source>
            <translation>実測消費電力</translation>
        </message>
        <message>
            <source>Training power share of TDP</source>
            <translation>学習時の消費電力（TDP比）</translation>
        </message>
        <message>
            <source>Training host overhead</source>
            <translation>学習時のホスト分の電力</translation>
        </message>
        <message>
            <source>Development factor</source>
            <translation>開発係数</translation>
        </message>
        <message>
            <source>Development share</source>
            <translation>開発の割合</translation>
        </message>
        <message>
            <source>Training stages</source>
            <translation>追加の学習段階</translation>
        </message>
        <message>
            <source>Data-centre profile</source>
            <translation>データセンターの種類</translation>
        </message>
        <message>
            <source>Grid region</source>
            <translation>電力網の地域</translation>
        </message>
        <message>
            <source>Grid intensity</source>
            <translation>排出係数</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>PUE is a published value</source>
            <translation>PUEは公表値</translation>
        </message>
        <message>
            <source>Water use (WUE)</source>
            <translation>水使用効率（WUE）</translation>
        </message>
        <message>
            <source>Water of power generation</source>
            <translation>発電で使われる水</translation>
        </message>
        <message>
            <source>Clean energy bought</source>
            <translation>再エネ電力の購入</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>拠点</translation>
        </message>
        <message>
            <source>Serving chip</source>
            <translation>推論用チップ</translation>
        </message>
        <message>
            <source>Chips per replica</source>
            <translation>レプリカあたりのチップ数</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <source>Weight precision</source>
            <translation>重みの精度</translation>
        </message>
        <message>
            <source>Cache precision</source>
            <translation>KVキャッシュの精度</translation>
        </message>
        <message>
            <source>Quantization kind</source>
            <translation>量子化の方式</translation>
        </message>
        <message>
            <source>Input tokens</source>
            <translation>入力トークン数</translation>
        </message>
        <message>
            <source>Output tokens</source>
            <translation>出力トークン数</translation>
        </message>
        <message>
            <source>Cached input tokens</source>
            <translation>キャッシュ済み入力トークン</translation>
        </message>
        <message>
            <source>Reasoning tokens</source>
            <translation>推論（思考）トークン</translation>
        </message>
        <message>
            <source>Calls per task</source>
            <translation>タスクあたり呼び出し回数</translation>
        </message>
        <message>
            <source>Energy boundary</source>
            <translation>電力の集計範囲</translation>
        </message>
        <message>
            <source>Serving stack</source>
            <translation>推論の提供方式</translation>
        </message>
        <message>
            <source>Peak / average demand</source>
            <translation>ピーク/平均の需要比</translation>
        </message>
        <message>
            <source>Context growth per call</source>
            <translation>呼び出しごとのコンテキスト増加</translation>
        </message>
        <message>
            <source>Usage profile</source>
            <translation>利用パターン</translation>
        </message>
        <message>
            <source>Queries per day</source>
            <translation>1日の質問数</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>運用期間</translation>
        </message>
        <message>
            <source>Capacity busy</source>
            <translation>稼働率</translation>
        </message>
        <message>
            <source>Idle power share</source>
            <translation>アイドル時の電力（TDP比）</translation>
        </message>
        <message>
            <source>Power share in memory-bound decode</source>
            <translation>メモリ律速時の電力（TDP比）</translation>
        </message>
        <message>
            <source>Serving memory bandwidth achieved</source>
            <translation>推論時に出せるメモリ帯域</translation>
        </message>
        <message>
            <source>Serving FLOP/s achieved</source>
            <translation>推論時に出せる演算性能</translation>
        </message>
        <message>
            <source>Serving host overhead</source>
            <translation>推論時のホスト分の電力</translation>
        </message>
        <message>
            <source>Memory headroom</source>
            <translation>メモリの余裕</translation>
        </message>
        <message>
            <source>Low-bit kernel speed</source>
            <translation>低ビット演算の速さ</translation>
        </message>
        <message>
            <source>Distilled student size</source>
            <translation>蒸留後の生徒モデルの大きさ</translation>
        </message>
        <message>
            <source>Distillation tokens</source>
            <translation>蒸留トークン数</translation>
        </message>
        <message>
            <source>Structured pruning</source>
            <translation>構造化枝刈り</translation>
        </message>
        <message>
            <source>Embodied CO2e per chip</source>
            <translation>チップ1個の製造時CO2</translation>
        </message>
        <message>
            <source>Embodied CO2e per server</source>
            <translation>サーバー1台の製造時CO2</translation>
        </message>
        <message>
            <source>Chips per server</source>
            <translation>サーバーあたりのチップ数</translation>
        </message>
        <message>
            <source>Hardware service life</source>
            <translation>機器の使用年数</translation>
        </message>
        <message>
            <source>Monte Carlo samples</source>
            <translation>モンテカルロのサンプル数</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>乱数シード</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>電気料金</translation>
        </message>
        <message>
            <source>Clean-energy premium</source>
            <translation>再エネ割増</translation>
        </message>
        <message>
            <source>Accelerator-hour price</source>
            <translation>アクセラレータ時間単価</translation>
        </message>
        <message>
            <source>My accelerators</source>
            <translation>自分のアクセラレータ</translation>
        </message>
        <message>
            <source>My grids</source>
            <translation>自分の電力網</translation>
        </message>
        <message>
            <source>My data-centre profiles</source>
            <translation>自分のデータセンター</translation>
        </message>
        <message>
            <source>Chip (training and serving)</source>
            <translation>チップ（学習と推論）</translation>
        </message>
        <message>
            <source>derived</source>
            <extracomment>words a value can read as (core.labels.value_text)</extracomment>
            <translation>自動算出</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
    </context>
    <context>
        <name>Inputs</name>
        <message>
            <source>Allowed:</source>
            <translation>入力範囲：</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>出典：</translation>
        </message>
        <message>
            <source>{name}: a value is required; allowed {range}</source>
            <extracomment>further scenario values one edit sets, from the scenario (PUE typed by hand ends a chosen profile) a refusal also says for which value the window's results are (off in a dialog that applies on OK)</extracomment>
            <translation>{name}：値を入力してください。範囲は {range}</translation>
        </message>
        <message>
            <source>{name}: '{text}' is ambiguous: write decimals with '{point}' (e.g. {example}); allowed {range}</source>
            <translation>{name}：「{text}」はあいまいです。小数点は「{point}」で書いてください（例：{example}）。範囲は {range}</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not a number; allowed {range}</source>
            <translation>{name}：「{text}」は数値ではありません。範囲は {range}</translation>
        </message>
        <message>
            <source>{name}: {text} is out of range; allowed {range}</source>
            <translation>{name}：{text} は範囲外です。範囲は {range}</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>TPUs</source>
            <translation>TPU</translation>
        </message>
        <message>
            <source>Other AI chips (ASIC)</source>
            <translation>その他のAIチップ（ASIC）</translation>
        </message>
        <message>
            <source>Not available: the catalog lacks {what} for this chip.</source>
            <translation>選択できません：このチップの{what}がカタログにありません。</translation>
        </message>
        <message>
            <source>World and groups</source>
            <translation>世界・地域グループ</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>国</translation>
        </message>
        <message>
            <source>Regions within countries</source>
            <translation>国内の地域</translation>
        </message>
        <message>
            <source>Cloud regions</source>
            <translation>クラウドリージョン</translation>
        </message>
        <message>
            <source>Type a country, region or cloud region</source>
            <extracomment>the line shown under the picker for each user-defined grid, by id (filled by custom_defs.PickerSync)
----------
a site's region code, kept beside the name its cell shows</extracomment>
            <translation>国・地域・クラウドリージョンを入力</translation>
        </message>
        <message>
            <source>{g} gCO2e/kWh ({year}) · {source}</source>
            <translation>{g} gCO2e/kWh（{year}年）· {source}</translation>
        </message>
        <message>
            <source>{name}: {text} is not a whole number; allowed {range}</source>
            <translation>{name}：{text} は整数ではありません。範囲は {range}</translation>
        </message>
        <message>
            <source>The results shown are for {value}.</source>
            <translation>表示中の結果は {value} のものです。</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地域</translation>
        </message>
        <message>
            <source>Load share (%)</source>
            <translation>負荷の割合（%）</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Average power</source>
            <translation>平均電力</translation>
        </message>
        <message>
            <source>Peak power</source>
            <translation>最大電力</translation>
        </message>
        <message>
            <source>Sites of a distributed deployment: each runs its load share at its own PUE on its own grid; Average and Peak are the serving power each site's grid must supply (load shares must add up to 100 %).</source>
            <extracomment>the main region picker, whose list the region column edits with (set by the input panel)</extracomment>
            <translation>分散型コンピューティングの拠点：各拠点は自分のPUEと電力網で割り当てられた負荷を処理します。平均とピークは、各拠点の電力網が供給すべき推論時の電力です（負荷の割合の合計は100 %にしてください）。</translation>
        </message>
        <message>
            <source>Add site</source>
            <translation>拠点を追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Split evenly</source>
            <translation>均等に分ける</translation>
        </message>
        <message>
            <source>No sites: everything runs in the region above.</source>
            <translation>拠点なし：すべて上の地域で処理します。</translation>
        </message>
        <message>
            <source>Site {n}: give a region code, a load share in % and a PUE</source>
            <translation>拠点{n}：地域コード、負荷の割合（%）、PUEを入力してください</translation>
        </message>
        <message>
            <source>Training: fixed by Measured hours ({h} h); serving follows this</source>
            <extracomment>the inputs measured accelerator-hours make irrelevant to training energy (hours x power x PUE)</extracomment>
            <translation>学習は実測稼働時間（{h} 時間）で固定。推論はこの値に従います</translation>
        </message>
        <message>
            <source>Only the training days: Measured hours ({h} h) are set</source>
            <translation>学習日数だけが変わります：実測稼働時間（{h} 時間）を入力済み</translation>
        </message>
        <message>
            <source>No effect on training: Measured hours ({h} h) are set</source>
            <translation>学習には影響しません：実測稼働時間（{h} 時間）を入力済み</translation>
        </message>
        <message>
            <source>Measured hours replace the training time computed from parameters, tokens, chips and MFU, so this input does not change the training energy. Clear Measured hours (the ⊗ in its box) to compute it.</source>
            <translation>実測稼働時間は、パラメータ数、トークン数、チップ数、MFUから計算した学習時間の代わりに使われるため、この入力は学習のエネルギーを変えません。計算するには実測稼働時間を空にしてください（欄の ⊗）。</translation>
        </message>
        <message>
            <source>Training is fixed by Measured hours and power: clear them to compute it</source>
            <translation>学習は実測稼働時間と実測消費電力で固定：計算するにはそれらの欄を空に</translation>
        </message>
        <message>
            <source>Training is fixed by Measured hours ({h} h): clear it to compute</source>
            <translation>学習は実測稼働時間（{h} 時間）で固定：計算するにはその欄を空に</translation>
        </message>
        <message>
            <source>This shape makes about {implied} parameters, not {given}</source>
            <translation>この形ではパラメータ数は約 {implied} になり、{given} ではありません</translation>
        </message>
        <message>
            <source>A transformer has about 12 × layers × hidden size² parameters besides its embeddings (Kaplan et al. 2020); published models are within a factor of 2 of it. This shape and the parameter count describe different models: change one, or clear Layers and Hidden size to derive them from the count.</source>
            <translation>Transformerには埋め込み以外に約 12 × 層数 × 隠れ層の次元² のパラメータがあります（Kaplan et al. 2020）。公表されたモデルはその2倍以内に入ります。この形とパラメータ数は別のモデルを表しています。どちらかを変えるか、層数と隠れ層の次元を空にしてパラメータ数から求めてください。</translation>
        </message>
    </context>
    <context>
        <name>LessonFiles</name>
        <message>
            <source>{title} (yours)</source>
            <translation>{title}（自作）</translation>
        </message>
        <message>
            <source>Could not make the lessons folder</source>
            <translation>レッスンフォルダーを作成できませんでした</translation>
        </message>
        <message>
            <source>Lessons folder: {path}. Copies saved there are shown instead of the app's lesson.</source>
            <translation>レッスンフォルダー：{path}。ここに保存したコピーが、アプリのレッスンの代わりに表示されます。</translation>
        </message>
        <message>
            <source>Load lesson file</source>
            <translation>レッスンファイルを読み込む</translation>
        </message>
        <message>
            <source>Lesson files (*.json);;All files (*)</source>
            <translation>レッスンファイル (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Lesson file not loaded</source>
            <translation>レッスンファイルを読み込めませんでした</translation>
        </message>
        <message>
            <source>Could not write the copy</source>
            <translation>コピーを書き込めませんでした</translation>
        </message>
        <message>
            <source>Your copy: {path}. Edit it and save; the lesson changes here as you save.</source>
            <translation>あなたのコピー：{path}。編集して保存すると、保存するたびにここのレッスンが変わります。</translation>
        </message>
        <message>
            <source>Lesson file not loaded: {problem}</source>
            <translation>読み込めなかったレッスンファイル：{problem}</translation>
        </message>
        <message>
            <source>(and {n} more: main.py lesson --list names them)</source>
            <translation>（ほかに{n}件。main.py lesson --list で確認できます）</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <source>training energy</source>
            <extracomment>the number each step is measured on (core.lessons.METRICS), as the panel names it</extracomment>
            <translation>学習の消費電力量</translation>
        </message>
        <message>
            <source>facility energy</source>
            <translation>施設の消費電力量</translation>
        </message>
        <message>
            <source>CO2e (location-based)</source>
            <translation>CO2e（ロケーション基準）</translation>
        </message>
        <message>
            <source>market-based CO2e</source>
            <translation>マーケット基準のCO2e</translation>
        </message>
        <message>
            <source>energy per query</source>
            <translation>質問1回あたりの消費電力量</translation>
        </message>
        <message>
            <source>Guided lessons</source>
            <extracomment>the scenario on screen is no longer the step's (a preset, a file loaded over it): :attr:`left` says what replaced it, classroom mode's strip says so too (gui.classroom.lesson_track) a step ends at a chart shown elsewhere ("scale"): the window shows it</extracomment>
            <translation>ガイド付きレッスン</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>レッスン</translation>
        </message>
        <message>
            <source>Jump to the first step of a lesson.</source>
            <translation>レッスンの最初の手順に移動します。</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ 前へ(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>次へ(&amp;N) ▶</translation>
        </message>
        <message>
            <source>Previous step (Alt+Left)</source>
            <translation>前の手順（Alt+←）</translation>
        </message>
        <message>
            <source>Next step (Alt+Right)</source>
            <translation>次の手順（Alt+→）</translation>
        </message>
        <message>
            <source>Switch between the scenario before and after this step's change</source>
            <translation>この手順の変更の前と後を切り替えます</translation>
        </message>
        <message>
            <source>Step title</source>
            <extracomment>None while the step's scenario is on screen; else what replaced it (a "Presets" source text or a file's name, "" when unknown) until the step is put back (:meth:`leave`)</extracomment>
            <translation>手順の見出し</translation>
        </message>
        <message>
            <source>Step explanation</source>
            <translation>手順の説明</translation>
        </message>
        <message>
            <source>Control to move</source>
            <translation>動かす項目</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Step number</source>
            <translation>手順の番号</translation>
        </message>
        <message>
            <source>Lesson step: {title}</source>
            <translation>レッスンの手順：{title}</translation>
        </message>
        <message>
            <source>Seven levers of AI's energy use</source>
            <translation>AIのエネルギー消費を左右する7つの要因</translation>
        </message>
        <message>
            <source>Each step sets the inputs, frames the one control to move in orange and explains what the charts now show. Press Next to begin.</source>
            <translation>各手順で入力値が設定され、動かす項目がオレンジ色の枠で示され、グラフが何を表しているかを説明します。「次へ」を押して始めましょう。</translation>
        </message>
        <message>
            <source>{n} steps</source>
            <translation>全{n}手順</translation>
        </message>
        <message>
            <source>◀ Show before</source>
            <translation>◀ 変更前を表示</translation>
        </message>
        <message>
            <source>Show after ▶</source>
            <translation>変更後を表示 ▶</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>出典：{source}</translation>
        </message>
        <message>
            <source>Step {i} of {n}</source>
            <translation>手順 {i} / {n}</translation>
        </message>
        <message>
            <source>New starting point: {name}</source>
            <translation>新しい出発点：{name}</translation>
        </message>
        <message>
            <source>no sites</source>
            <translation>拠点なし</translation>
        </message>
        <message>
            <source>{n} sites</source>
            <extracomment>unit of core.report.OUTPUTS -&gt; the unit family that picks a prefix (kWh -&gt; MWh, GWh)</extracomment>
            <translation>{n}拠点</translation>
        </message>
        <message>
            <source>Control to move: {name}</source>
            <translation>動かす項目：{name}</translation>
        </message>
        <message>
            <source>Nothing to move in this step.</source>
            <translation>この手順では動かす項目はありません。</translation>
        </message>
        <message>
            <source>{lever} {a} → {b}: {metric} {change}</source>
            <translation>{lever} {a} → {b}：{metric} {change}</translation>
        </message>
        <message>
            <source>the teaching pays back after {days} days ({queries} queries)</source>
            <translation>蒸留にかかった電力は{days}日（質問{queries}回）で回収</translation>
        </message>
        <message>
            <source>Predict: what happens to {metric} when {lever} goes from {a} to {b}?</source>
            <translation>予想しよう：{lever}を{a}から{b}にすると、{metric}はどうなるでしょうか？</translation>
        </message>
        <message>
            <source>Back to this step</source>
            <translation>このステップに戻る</translation>
        </message>
        <message>
            <source>Put this step's scenario back as it was. Undo brings back the one on screen now.</source>
            <translation>このステップのシナリオを元の状態に戻します。今のシナリオは「元に戻す」で戻せます。</translation>
        </message>
        <message>
            <source>The scenario on screen is not this step's.</source>
            <translation>画面のシナリオはこのステップのものではありません。</translation>
        </message>
        <message>
            <source>“{name}” replaced this step's scenario.</source>
            <translation>このステップのシナリオは「{name}」に置き換えられました。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Could not open the scenario</source>
            <translation>シナリオを開けませんでした</translation>
        </message>
        <message>
            <source>The default scenario is shown instead.</source>
            <translation>代わりに既定のシナリオを表示しています。</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>出典：</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>Data attributions</source>
            <translation>データの帰属表示</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>適用されませんでした</translation>
        </message>
        <message>
            <source>Arithmetic precision of the training matmuls; sets which peak FLOP/s applies (vendor datasheets).</source>
            <translation>学習時の行列演算の数値精度。どのピークFLOP/sを使うかが決まります（メーカーのデータシート）。</translation>
        </message>
        <message>
            <source>{n}-bit</source>
            <translation>{n}ビット</translation>
        </message>
        <message>
            <source>Bits per stored weight when serving: 8 and 4 bits halve and quarter the bytes read per token (quantization).</source>
            <translation>推論時に重み1つを保存するビット数。8ビットと4ビットでは、1トークンごとに読み込むバイト数が半分・4分の1になります（量子化）。</translation>
        </message>
        <message>
            <source>Custom values</source>
            <translation>値を指定</translation>
        </message>
        <message>
            <source>Published data-centre profiles; choosing one sets PUE (and WUE where published).</source>
            <translation>公表されているデータセンターの値。選ぶとPUE（公表されていればWUEも）が設定されます。</translation>
        </message>
        <message>
            <source>How the model is served: one user at batch 1 in an unbatched library, continuous batching up to the batch size (vLLM), or a fleet that prefills on separate accelerators (DistServe, Splitwise).</source>
            <translation>モデルの提供方法: バッチ処理のないライブラリで1人がバッチ1で使う、バッチサイズまでの連続バッチ処理(vLLM)、またはプリフィルを別のアクセラレータで行う大規模フリート(DistServe、Splitwise)。</translation>
        </message>
        <message>
            <source>What the per-query card counts, narrowest first; each wider boundary adds a layer (Elsworth et al. 2025). The card's tooltip lists every layer.</source>
            <translation>質問あたりのカードが数える範囲(狭い順)。広い境界ほど層が1つずつ加わります(Elsworth ほか 2025)。カードのツールチップに全ての層を示します。</translation>
        </message>
        <message>
            <source>Training chip</source>
            <translation>学習用チップ</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>数値精度</translation>
        </message>
        <message>
            <source>Serving chip</source>
            <translation>推論用チップ</translation>
        </message>
        <message>
            <source>Energy boundary</source>
            <translation>エネルギー境界</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>施設の種類</translation>
        </message>
        <message>
            <source>Serving stack</source>
            <translation>推論の提供方式</translation>
        </message>
        <message>
            <source>Grid region</source>
            <translation>電力網の地域</translation>
        </message>
        <message>
            <source>Weight precision</source>
            <translation>重みの精度</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>拠点</translation>
        </message>
        <message>
            <source>&lt;p&gt;Estimates the electricity, carbon and water of training and serving generative AI models.&lt;/p&gt;</source>
            <translation>&lt;p&gt;生成AIモデルの学習と推論に必要な電力、CO2排出量、水使用量を推計します。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;: the app is MIT-licensed. It uses Qt for Python (PySide6, LGPLv3), pyqtgraph (MIT), NumPy (BSD) and pydantic (MIT).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;ライセンス&lt;/b&gt;：このアプリはMITライセンスです。Qt for Python（PySide6、LGPLv3）、pyqtgraph（MIT）、NumPy（BSD）、pydantic（MIT）を使用しています。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every row's own source is in resources/data/SOURCES.md and in each input's tooltip.&lt;/p&gt;</source>
            <translation>&lt;p&gt;各データの出典は resources/data/SOURCES.md と各入力欄のツールチップに記載しています。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About AI Energy Explorer</source>
            <translation>AIエネルギー・エクスプローラーについて</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>シナリオを保存</translation>
        </message>
        <message>
            <source>Scenario files (*.aiee.json *.json)</source>
            <translation>シナリオファイル (*.aiee.json *.json)</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>シナリオを開く</translation>
        </message>
        <message>
            <source>Scenario files (*.aiee.json *.json);;All files (*)</source>
            <translation>シナリオファイル (*.aiee.json *.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>{name} を開きました</translation>
        </message>
        <message>
            <source>Could not open {name}</source>
            <translation>{name} を開けませんでした</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>保存できませんでした</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} を保存しました</translation>
        </message>
        <message>
            <source>ranges from {n} samples while you drag · {ms} ms</source>
            <translation>ドラッグ中は{n}サンプルで範囲を計算 · {ms} ms</translation>
        </message>
        <message>
            <source>ranges from {n} Monte Carlo samples · computed in {ms} ms</source>
            <translation>{n}個のモンテカルロサンプルで範囲を計算 · {ms} ms</translation>
        </message>
        <message>
            <source>AI Energy Explorer</source>
            <translation>AIエネルギー・エクスプローラー</translation>
        </message>
        <message>
            <source>Loading the estimator and its data…</source>
            <translation>推計エンジンとデータを読み込んでいます…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>起動しています…</translation>
        </message>
        <message>
            <source>Ready. Drag a slider or type a value (175B, 1.75e11 and 2T all work); hover any input for its source.</source>
            <translation>準備ができました。スライダーを動かすか値を入力してください（175B、1.75e11、2Tのように入力できます）。入力欄にマウスを重ねると出典が表示されます。</translation>
        </message>
        <message>
            <source>Could not compute: {m}</source>
            <translation>計算できませんでした：{m}</translation>
        </message>
        <message>
            <source>Preset not loaded</source>
            <translation>プリセットを読み込めませんでした</translation>
        </message>
        <message>
            <source>Preset: {name}</source>
            <translation>プリセット：{name}</translation>
        </message>
        <message>
            <source>Defaults restored</source>
            <translation>既定値に戻しました</translation>
        </message>
        <message>
            <source>{change}: lifetime facility energy {e}, CO2e {c}</source>
            <translation>{change}：施設の生涯エネルギー {e}、CO2e {c}</translation>
        </message>
        <message>
            <source>grid {g:g} g/kWh given, overriding region {r}</source>
            <translation>電力の排出係数 {g:g} g/kWh を指定（地域 {r} の値より優先）</translation>
        </message>
        <message>
            <source>{n} sites: their own PUE and grid apply, not the PUE and region above</source>
            <translation>{n} 拠点：上の PUE と地域ではなく、各拠点の PUE と電力の排出係数を使います</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>A menu's key, translation context and title, in menu-bar order.</extracomment>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Presets</source>
            <translation>プリセット(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>another shortcut for the same command (redo answers both Ctrl+Shift+Z and Ctrl+Y) the values of the status tip's ``{fields}``, asked at each language switch Every command, in menu order. The language commands and the list parts are filled in by the window.</extracomment>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Reset to defaults</source>
            <translation>既定値に戻す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;About AI Energy Explorer</source>
            <translation>AIエネルギー・エクスプローラーについて(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>GPT-3 175B (2020)</source>
            <translation>GPT-3 175B（2020年）</translation>
        </message>
        <message>
            <source>OpenAI's GPT-3 as accounted by Patterson et al.: 10,000 V100 GPUs for 14.8 days at 330 W measured system power per GPU, PUE 1.1, US 2020 grid. Served on A100 80GB.</source>
            <translation>Patterson et al. による算定のOpenAI GPT-3：V100 GPU 10,000台で14.8日、GPU 1台あたり実測のシステム電力330 W、PUE 1.1、2020年の米国の電力網。推論はA100 80GB。</translation>
        </message>
        <message>
            <source>BLOOM 176B (2022)</source>
            <translation>BLOOM 176B（2022年）</translation>
        </message>
        <message>
            <source>BigScience's open multilingual model, trained on 384 A100 80GB GPUs at Jean Zay (France, 57 g/kWh nuclear-heavy grid). Published energy counts GPU-hours x TDP without PUE; PUE 1.2 adds the facility.</source>
            <translation>BigScienceの公開多言語モデル。Jean Zay（フランス、原子力中心で57 g/kWhの電力網）のA100 80GB GPU 384台で学習。公表されたエネルギーはGPU時間 × TDPでPUEを含まないため、PUE 1.2で施設分を加えています。</translation>
        </message>
        <message>
            <source>LLaMA-1 65B (2023)</source>
            <translation>LLaMA-1 65B（2023年）</translation>
        </message>
        <message>
            <source>Meta's LLaMA 65B: 1.4T tokens on 2,048 A100 80GB GPUs (380 tokens/s/GPU, about 21 days). The paper counts GPU-hours x 400 W TDP x PUE 1.1 on the US average grid.</source>
            <translation>MetaのLLaMA 65B：A100 80GB GPU 2,048台で1.4兆トークン（GPU 1台あたり毎秒380トークン、約21日）。論文ではGPU時間 × TDP 400 W × PUE 1.1を米国平均の電力網で計算しています。</translation>
        </message>
        <message>
            <source>Llama 3.1 8B (2024, dense)</source>
            <translation>Llama 3.1 8B（2024年、密なモデル）</translation>
        </message>
        <message>
            <source>A current 8B dense model: 15T+ tokens, 1.46M H100-80GB GPU-hours at 700 W TDP (Meta's model card). GPU count is not published; it only changes wall-clock days.</source>
            <translation>最近の8Bの密なモデル：15兆トークン以上、H100-80GBで146万GPU時間、TDP 700 W（Metaのモデルカード）。GPU台数は公表されていませんが、変わるのは学習にかかる日数だけです。</translation>
        </message>
        <message>
            <source>Llama 3.1 70B (2024, dense)</source>
            <translation>Llama 3.1 70B（2024年、密なモデル）</translation>
        </message>
        <message>
            <source>A 70B dense model: 15T+ tokens, 7.0M H100-80GB GPU-hours at 700 W TDP (Meta's model card).</source>
            <translation>70Bの密なモデル：15兆トークン以上、H100-80GBで700万GPU時間、TDP 700 W（Metaのモデルカード）。</translation>
        </message>
        <message>
            <source>DeepSeek-V3 671B (2024, mixture of experts)</source>
            <translation>DeepSeek-V3 671B（2024年、混合エキスパート）</translation>
        </message>
        <message>
            <source>A mixture-of-experts model: 671B parameters of which 37B are active per token, 14.8T tokens, 2.788M H800 GPU-hours (modelled here on the H100 SXM, the same compute die). Multi-head latent attention caches 576 values per token per layer.</source>
            <translation>混合エキスパート（MoE）モデル：671Bパラメータのうち1トークンあたり37Bがアクティブ、14.8兆トークン、H800で278.8万GPU時間（ここでは同じ演算ダイを持つH100 SXMでモデル化）。Multi-head Latent Attentionにより、1トークン・1層あたり576個の値をキャッシュします。</translation>
        </message>
        <message>
            <source>Llama 3.2 1B (2024, small distilled)</source>
            <translation>Llama 3.2 1B（2024年、知識蒸留による小型モデル）</translation>
        </message>
        <message>
            <source>A small model trained with knowledge distillation from Llama 3.1 8B and 70B (their outputs used as token-level targets): 9T tokens, 370k H100-80GB GPU-hours at 700 W TDP.</source>
            <translation>Llama 3.1 8Bと70Bからの知識蒸留（その出力をトークン単位の目標として使用）で学習した小型モデル：9兆トークン、H100-80GBで37万GPU時間、TDP 700 W。</translation>
        </message>
        <message>
            <source>A popular chat service (700M questions a day)</source>
            <translation>人気のチャットサービス（1日7億件の質問）</translation>
        </message>
        <message>
            <source>Illustrative: Llama 3.1 70B answering 700 million chat questions a day, the daily volume Jegham et al. assume for GPT-4o, each a chat turn of about 500 tokens in and 717 out, on H100s in a US hyperscale data centre. Serving passes training within months. No operator publishes its model, fleet and traffic together, so this is a plausible service, not a particular one.</source>
            <translation>例示：Llama 3.1 70Bが1日7億件のチャットの質問に答えます（Jegham et al.がGPT-4oに仮定した1日の件数）。1回は入力約500トークン、出力717トークンで、米国の大規模データセンターのH100で動きます。推論は数か月で学習を上回ります。モデル、設備、利用量をまとめて公表する事業者はないため、特定のサービスではなく、ありうるサービスの例です。</translation>
        </message>
        <message>
            <source>Default inputs</source>
            <extracomment>the defaults as a starting point's name (gui.window.session.Session.startedFrom), beside the presets' names</extracomment>
            <translation>既定値</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <source>France</source>
            <extracomment>names of the grids the location chart compares (core.compare.COMPARISON_GRIDS)</extracomment>
            <translation>フランス</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>スウェーデン</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>米国</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>日本</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>ドイツ</translation>
        </message>
        <message>
            <source>China</source>
            <translation>中国</translation>
        </message>
        <message>
            <source>India</source>
            <translation>インド</translation>
        </message>
        <message>
            <source>World</source>
            <translation>世界</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Ranges from {n} seeded Monte Carlo samples.</source>
            <extracomment>the water outputs' stored units, in litres</extracomment>
            <translation>範囲はシード固定の{n}個のモンテカルロサンプルから求めています。</translation>
        </message>
        <message>
            <source>Training compute</source>
            <extracomment>the report's outputs, assumptions and uncertainty bases (core.report, core.uncertainty); the test keeps this list equal to those tables</extracomment>
            <translation>学習の計算量</translation>
        </message>
        <message>
            <source>Training accelerator-hours</source>
            <translation>学習のアクセラレータ時間</translation>
        </message>
        <message>
            <source>Training wall-clock time</source>
            <translation>学習の所要日数</translation>
        </message>
        <message>
            <source>Training IT energy</source>
            <translation>学習のIT機器の消費電力量</translation>
        </message>
        <message>
            <source>Training facility energy (x PUE)</source>
            <translation>学習の施設全体の消費電力量（×PUE）</translation>
        </message>
        <message>
            <source>Training CO2e, location-based</source>
            <translation>学習のCO2排出量（ロケーション基準）</translation>
        </message>
        <message>
            <source>Training CO2e, market-based</source>
            <translation>学習のCO2排出量（マーケット基準）</translation>
        </message>
        <message>
            <source>Training hardware, embodied CO2e</source>
            <translation>学習用ハードウェアの製造時排出（CO2e）</translation>
        </message>
        <message>
            <source>Training water (on-site + generation)</source>
            <translation>学習の水使用量（施設内＋発電）</translation>
        </message>
        <message>
            <source>Accelerators per serving replica</source>
            <translation>推論レプリカあたりのアクセラレータ数</translation>
        </message>
        <message>
            <source>Energy per output token (accelerators)</source>
            <translation>出力トークンあたりの消費電力量（アクセラレータ）</translation>
        </message>
        <message>
            <source>Energy per query (facility)</source>
            <translation>質問1回あたりの消費電力量（施設全体）</translation>
        </message>
        <message>
            <source>CO2e per query</source>
            <translation>質問1回あたりのCO2排出量</translation>
        </message>
        <message>
            <source>Water per query</source>
            <translation>質問1回あたりの水使用量</translation>
        </message>
        <message>
            <source>Serving energy per day</source>
            <translation>推論の1日あたりの消費電力量</translation>
        </message>
        <message>
            <source>Serving energy over the deployment</source>
            <translation>運用期間中の推論の消費電力量</translation>
        </message>
        <message>
            <source>Serving CO2e over the deployment</source>
            <translation>運用期間中の推論のCO2排出量</translation>
        </message>
        <message>
            <source>Serving average power</source>
            <translation>推論の平均消費電力</translation>
        </message>
        <message>
            <source>Serving peak power demand</source>
            <translation>推論のピーク電力需要</translation>
        </message>
        <message>
            <source>Lifecycle energy</source>
            <translation>ライフサイクル全体の消費電力量</translation>
        </message>
        <message>
            <source>Lifecycle CO2e</source>
            <translation>ライフサイクル全体のCO2排出量</translation>
        </message>
        <message>
            <source>Lifecycle CO2e, market-based</source>
            <translation>ライフサイクル全体のCO2排出量（マーケット基準）</translation>
        </message>
        <message>
            <source>Lifecycle water</source>
            <translation>ライフサイクル全体の水使用量</translation>
        </message>
        <message>
            <source>Serving passes training after</source>
            <translation>推論が学習を上回るまでの日数</translation>
        </message>
        <message>
            <source>Training compute is 6 x active parameters x tokens plus attention (Kaplan et al. 2020).</source>
            <translation>学習の計算量は 6 × 有効パラメータ数 × トークン数 に、アテンションの分を加えたものです（Kaplan et al. 2020）。</translation>
        </message>
        <message>
            <source>Training time is compute / (accelerators x peak FLOP/s at the chosen precision x MFU), unless measured accelerator-hours are given.</source>
            <translation>学習時間は 計算量 ÷（アクセラレータ数 × 選んだ精度でのピークFLOP/s × MFU）です。実測のアクセラレータ時間があればそれを使います。</translation>
        </message>
        <message>
            <source>Energy is accelerator-hours x average power per accelerator x PUE (Patterson et al. 2021). Modelled power is TDP x (draw share + host share); a measured all-in power is used as given.</source>
            <translation>消費電力量は アクセラレータ時間 × アクセラレータあたりの平均消費電力 × PUE です（Patterson et al. 2021）。モデル化した消費電力は TDP ×（消費の割合＋ホストの割合）で、ホスト込みの実測値があればそのまま使います。</translation>
        </message>
        <message>
            <source>Each decode step takes the longer of reading weights and KV cache from memory and computing the batch's tokens with their share of prefill (roofline). Power rises with utilisation between idle and TDP.</source>
            <translation>各デコードステップの時間は、重みとKVキャッシュをメモリから読み出す時間と、バッチのトークンをプリフィル分も含めて計算する時間の長い方です（ルーフライン）。消費電力は利用率に応じてアイドル時からTDPまで上がります。</translation>
        </message>
        <message>
            <source>Energy per query counts accelerators, host CPU and memory, idle provisioned capacity and the PUE overhead (the boundary of Elsworth et al. 2025).</source>
            <translation>質問1回あたりの消費電力量には、アクセラレータ、ホストのCPUとメモリ、待機中の確保済み容量、PUEによる付帯分を含めます（Elsworth et al. 2025 と同じ範囲）。</translation>
        </message>
        <message>
            <source>Location-based CO2e uses the grid's average intensity; market-based counts contracted clean energy at zero.</source>
            <translation>ロケーション基準のCO2排出量は電力網の平均排出係数を使い、マーケット基準では契約した再生可能エネルギーの分をゼロとして数えます。</translation>
        </message>
        <message>
            <source>Water is on-site cooling (WUE x IT energy) plus water consumed generating the electricity (Li et al. 2023).</source>
            <translation>水使用量は、施設内の冷却（WUE × IT機器の消費電力量）と、発電で消費される水の合計です（Li et al. 2023）。</translation>
        </message>
        <message>
            <source>Embodied CO2e is the hardware's manufacturing footprint x the share of its service life the work uses.</source>
            <translation>製造時排出は、ハードウェアの製造時の排出量 × その処理が耐用年数に占める割合です。</translation>
        </message>
        <message>
            <source>Ranges are the 5th-95th percentiles of a seeded Monte Carlo over the uncertain inputs listed below.</source>
            <translation>範囲は、下に挙げた不確かな入力についてシードを固定したモンテカルロ法で求めた5〜95パーセンタイルです。</translation>
        </message>
        <message>
            <source>0.15-0.60 around 0.30: published MFU spans 0.14 (Llama 3.1 8B, card GPU-hours) and 0.20 (GPT-3 on V100, Patterson 2021) to PaLM 0.46 (Chowdhery 2022), LLaMA-13B 0.51 and the TPU v2 search 0.55 (Patterson 2021)</source>
            <translation>0.30 を中心に 0.15〜0.60：公表されたMFUは 0.14（Llama 3.1 8B、モデルカードのGPU時間）や 0.20（V100でのGPT-3、Patterson 2021）から、PaLM の 0.46（Chowdhery 2022）、LLaMA-13B の 0.51、TPU v2 での探索の 0.55（Patterson 2021）まで</translation>
        </message>
        <message>
            <source>measured draw under training is typically 60-100 % of TDP (Patterson et al. 2021, Table 4)</source>
            <translation>学習中の実測消費電力は一般にTDPの60〜100 %（Patterson et al. 2021、表4）</translation>
        </message>
        <message>
            <source>host share from 0.1 to 0.43 of accelerator power (EcoLogits 1.2 kW/8 GPUs; Google 2025 0.06/0.14 Wh)</source>
            <translation>ホストの割合はアクセラレータの消費電力の0.1〜0.43（EcoLogits：GPU 8基あたり1.2 kW、Google 2025：0.06/0.14 Wh）</translation>
        </message>
        <message>
            <source>PUE overhead (PUE - 1) varies +/-30 % across seasons and sites (Google, AWS annual reports)</source>
            <translation>PUEの付帯分（PUE − 1）は季節や拠点によって±30 %変わる（Google、AWSの年次報告）</translation>
        </message>
        <message>
            <source>peer tools' factors for one country differ by up to +/-10 % (Japan 466-516 g/kWh)</source>
            <translation>同じ国でも他のツールの排出係数は最大±10 %異なる（日本：466〜516 g/kWh）</translation>
        </message>
        <message>
            <source>achieved HBM bandwidth in decode kernels 60-90 % of peak</source>
            <translation>デコード処理で実際に出るHBM帯域はピークの60〜90 %</translation>
        </message>
        <message>
            <source>achieved FLOP/s in serving 30-70 % of peak</source>
            <translation>推論で実際に出るFLOP/sはピークの30〜70 %</translation>
        </message>
        <message>
            <source>low-bit kernels from markedly slower (bitsandbytes INT8) to slightly faster (AWQ/Marlin)</source>
            <translation>低ビット演算のカーネルは、かなり遅いもの（bitsandbytes INT8）から少し速いもの（AWQ/Marlin）まである</translation>
        </message>
        <message>
            <source>share of dynamic power drawn in memory-bound decoding</source>
            <translation>メモリ律速のデコードで消費される動的電力の割合</translation>
        </message>
        <message>
            <source>idle draw 10-25 % of TDP for data-centre GPUs</source>
            <translation>データセンター向けGPUのアイドル時消費電力はTDPの10〜25 %</translation>
        </message>
        <message>
            <source>as for training host share</source>
            <translation>学習のホストの割合と同じ</translation>
        </message>
        <message>
            <source>on-site WUE varies with climate and season</source>
            <translation>施設内のWUEは気候と季節で変わる</translation>
        </message>
        <message>
            <source>water intensity of generation depends on the mix (Li et al. 2023)</source>
            <translation>発電に使われる水の量は電源構成によって変わる（Li et al. 2023）</translation>
        </message>
        <message>
            <source>product carbon footprints of accelerators are few and differ in boundary</source>
            <translation>アクセラレータの製品カーボンフットプリントは公表例が少なく、算定範囲も異なる</translation>
        </message>
        <message>
            <source>as above</source>
            <translation>同上</translation>
        </message>
        <message>
            <source>BoaviztAPI server estimate +/-50 %</source>
            <translation>BoaviztAPIによるサーバーの推計値の±50 %</translation>
        </message>
        <message>
            <source>0.50-0.85 around 0.822: OLMo 2's study put development near 50 % of compute, OLMo 3's at 82.2 % (Morrison, Smith &amp; Strubell 2026)</source>
            <translation>0.822 を中心に 0.50〜0.85：OLMo 2 の調査では開発が計算量の約 50 %、OLMo 3 では 82.2 %（Morrison, Smith &amp; Strubell 2026）</translation>
        </message>
        <message>
            <source>AI Energy Explorer report: {name}</source>
            <translation>AI Energy Explorer レポート：{name}</translation>
        </message>
        <message>
            <source>{n} sites</source>
            <extracomment>unit of core.report.OUTPUTS -&gt; the unit family that picks a prefix (kWh -&gt; MWh, GWh)</extracomment>
            <translation>{n}拠点</translation>
        </message>
        <message>
            <source>{name} (edited)</source>
            <translation>{name}（変更あり）</translation>
        </message>
        <message>
            <source>A model of {params} trained on {tokens} on {count} × {chip}, then served on {serving} at {queries} for {days}, in {where} (PUE {pue}).</source>
            <translation>{params}のモデルを{chip} {count}台で{tokens}学習し、{serving}で{queries}の質問に{days}応答。場所は{where}（PUE {pue}）。</translation>
        </message>
        <message>
            <source>(and {n} more)</source>
            <translation>（ほか{n}件）</translation>
        </message>
        <message>
            <source>Started from the preset {name}; changed since: {changes}.</source>
            <translation>プリセット「{name}」から変更した入力：{changes}。</translation>
        </message>
        <message>
            <source>Over the whole life (training and serving)</source>
            <translation>生涯（学習と推論）</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>A year of serving</source>
            <translation>推論1年分</translation>
        </message>
        <message>
            <source>Per 1,000 queries</source>
            <translation>質問1,000回あたり</translation>
        </message>
        <message>
            <source>Price of electricity</source>
            <translation>電気料金単価</translation>
        </message>
        <message>
            <source>Likely range of the lifetime cost</source>
            <translation>生涯の電気代の見込み範囲</translation>
        </message>
        <message>
            <source>the price given in the scenario</source>
            <translation>シナリオで入力した単価</translation>
        </message>
        <message>
            <source>the region's published business price</source>
            <translation>その地域の公表された業務用単価</translation>
        </message>
        <message>
            <source>the country's published business price</source>
            <translation>その国の公表された業務用単価</translation>
        </message>
        <message>
            <source>the EU-27 average business price</source>
            <translation>EU27か国平均の業務用単価</translation>
        </message>
        <message>
            <source>Energy label {c}: {wh} per query. The lifetime total is about {eq}.</source>
            <translation>省エネラベル {c}：質問1回あたり{wh}。生涯の合計はおよそ{eq}。</translation>
        </message>
        <message>
            <source>Lifetime energy</source>
            <translation>生涯エネルギー</translation>
        </message>
        <message>
            <source>Lifetime CO2e</source>
            <translation>生涯CO2排出量</translation>
        </message>
        <message>
            <source>Lifetime water</source>
            <translation>生涯の水使用量</translation>
        </message>
        <message>
            <source>Training energy</source>
            <translation>学習のエネルギー</translation>
        </message>
        <message>
            <source>Energy per query</source>
            <translation>質問1回あたりのエネルギー</translation>
        </message>
        <message>
            <source>the same inputs</source>
            <translation>同じ入力</translation>
        </message>
        <message>
            <source>{x} differs from A in: {inputs}</source>
            <translation>{x} が A と違う入力：{inputs}</translation>
        </message>
        <message>
            <source>Lifetime electricity cost</source>
            <translation>生涯の電気代</translation>
        </message>
        <message>
            <source>not compared (no price, or another currency)</source>
            <translation>比較なし（電気料金が不明、または通貨が異なる）</translation>
        </message>
        <message>
            <source>Each change is now ÷ baseline − 1, both computed by the same estimator; the baseline is kept in the scenario file.</source>
            <translation>変化率は 現在 ÷ ベースライン − 1 で、どちらも同じ推計器で計算しています。ベースラインはシナリオファイルに保存されています。</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Model shape (derived or given)</source>
            <translation>モデルの形状（推定値または指定値）</translation>
        </message>
        <message>
            <source>Outputs with their p5–p95 ranges</source>
            <translation>出力とp5〜p95の範囲</translation>
        </message>
        <message>
            <source>Headline, as the window shows it</source>
            <translation>主要な数値（画面の表示と同じ）</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Energy label</source>
            <translation>エネルギーラベル</translation>
        </message>
        <message>
            <source>per query</source>
            <translation>質問1回あたり</translation>
        </message>
        <message>
            <source>Everyday equivalents of the lifetime total</source>
            <translation>ライフサイクル全体を身近なものに換算すると</translation>
        </message>
        <message>
            <source>each</source>
            <translation>あたり</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>前提</translation>
        </message>
        <message>
            <source>Uncertain inputs and their ranges</source>
            <translation>不確かな入力とその範囲</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>下限</translation>
        </message>
        <message>
            <source>High</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>根拠</translation>
        </message>
        <message>
            <source>Sources and attributions</source>
            <translation>出典と帰属表示</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Scenario schema version</source>
            <translation>シナリオのスキーマバージョン</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>要約</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Likely range (p5–p95)</source>
            <translation>ありうる範囲（p5〜p95）</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>内訳</translation>
        </message>
        <message>
            <source>Electricity cost</source>
            <translation>電気代</translation>
        </message>
        <message>
            <source>Price basis</source>
            <translation>料金の根拠</translation>
        </message>
        <message>
            <source>No electricity price is known for this grid; set one under Cost to count it.</source>
            <translation>この電力網の電気料金は不明です。「費用」で単価を入れると計算します。</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Against the baseline “{name}”</source>
            <translation>ベースライン「{name}」との比較</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ベースライン</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変化</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>キーボードショートカット(&amp;K)…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Every menu command with a key. In a guided lesson, Alt+Left and Alt+Right step; in classroom mode the arrows, Page Up and Page Down step and Esc leaves.</source>
            <translation>キーが割り当てられたすべてのメニューコマンドです。ガイド付きレッスンでは Alt+Left と Alt+Right で前後に進み、授業モードでは矢印キー、Page Up、Page Down で進み、Esc で終わります。</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>コマンド</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>メニュー</translation>
        </message>
    </context>
    <context>
        <name>Teacher</name>
        <message>
            <source>&amp;Teacher</source>
            <translation>教員用(&amp;T)</translation>
        </message>
        <message>
            <source>Teacher &amp;controls…</source>
            <translation>教員用の設定(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Open classroom file…</source>
            <translation>授業ファイルを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save classroom file…</source>
            <translation>授業ファイルを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Load lesson file…</source>
            <translation>レッスンファイルを読み込む(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Edit a copy of this lesson…</source>
            <translation>このレッスンのコピーを編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Open lessons &amp;folder</source>
            <translation>レッスンフォルダーを開く(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Projector…</source>
            <translation>プロジェクター(&amp;P)…</translation>
        </message>
        <message>
            <source>Text size {p} % from the next start.</source>
            <translation>次回の起動から文字の大きさは {p} % になります。</translation>
        </message>
        <message>
            <source>Locked by the teacher</source>
            <extracomment>how long a typed PIN keeps the teacher's controls open</extracomment>
            <translation>先生がロックしています</translation>
        </message>
        <message>
            <source>Locked by the teacher: the class cannot change this input.</source>
            <translation>先生がロックしています：この入力は生徒には変更できません。</translation>
        </message>
        <message>
            <source> (locked)</source>
            <translation>（ロック中）</translation>
        </message>
        <message>
            <source>Lock “{name}” for the class</source>
            <translation>「{name}」を生徒に対してロック</translation>
        </message>
        <message>
            <source>Hide “{name}” from the class</source>
            <translation>「{name}」を生徒に見せない</translation>
        </message>
        <message>
            <source>Teacher controls…</source>
            <translation>教員用の設定…</translation>
        </message>
        <message>
            <source>Teacher PIN</source>
            <translation>先生のPIN</translation>
        </message>
        <message>
            <source>The teacher's PIN:</source>
            <translation>先生のPIN：</translation>
        </message>
        <message>
            <source>Wrong PIN: nothing was changed.</source>
            <translation>PINが違います。何も変更していません。</translation>
        </message>
        <message>
            <source>Open classroom file</source>
            <translation>授業ファイルを開く</translation>
        </message>
        <message>
            <source>Classroom files (*.aiee-class.json);;All files (*)</source>
            <translation>授業ファイル (*.aiee-class.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Could not open the classroom file</source>
            <translation>授業ファイルを開けませんでした</translation>
        </message>
        <message>
            <source>Classroom file: {name}</source>
            <translation>授業ファイル：{name}</translation>
        </message>
        <message>
            <source>Classroom file {name}: {locked} inputs locked, {hidden} hidden.</source>
            <translation>授業ファイル {name}：ロックした入力 {locked} 個、非表示 {hidden} 個。</translation>
        </message>
        <message>
            <source>Save classroom file</source>
            <translation>授業ファイルを保存</translation>
        </message>
        <message>
            <source>Classroom files (*.aiee-class.json)</source>
            <translation>授業ファイル (*.aiee-class.json)</translation>
        </message>
        <message>
            <source>Could not save the classroom file</source>
            <translation>授業ファイルを保存できませんでした</translation>
        </message>
        <message>
            <source>Saved {name}: open it with the app, or start with 'main.py {name}'.</source>
            <translation>{name} を保存しました。アプリで開くか、'main.py {name}' で起動してください。</translation>
        </message>
        <message>
            <source>Teacher controls</source>
            <translation>教員用の設定</translation>
        </message>
        <message>
            <source>Lock an input and the class cannot change it; hide it and the class does not see it. The lessons and presets you load still set locked inputs. Right-click any input to lock or hide it directly.</source>
            <translation>入力をロックすると生徒は変更できず、非表示にすると生徒には見えません。先生が読み込むレッスンやプリセットは、ロックした入力も設定します。各入力を右クリックしても、直接ロックや非表示ができます。</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>ロック</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>非表示</translation>
        </message>
        <message>
            <source>e.g. Year 10 science, lesson 2</source>
            <translation>例：中学3年 理科 第2回</translation>
        </message>
        <message>
            <source>Use the values on screen now</source>
            <translation>いまの画面の値を使う</translation>
        </message>
        <message>
            <source>Start from the defaults</source>
            <translation>既定値から始める</translation>
        </message>
        <message>
            <source>No lesson</source>
            <translation>レッスンなし</translation>
        </message>
        <message>
            <source>Open classroom mode at start-up</source>
            <translation>起動時に授業モードを開く</translation>
        </message>
        <message>
            <source>set: type a new PIN to change it</source>
            <translation>設定済み：変えるときは新しいPINを入力</translation>
        </message>
        <message>
            <source>none: anyone can change these settings</source>
            <translation>なし：だれでもこの設定を変えられます</translation>
        </message>
        <message>
            <source>No PIN</source>
            <translation>PINなし</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Start-up values</source>
            <translation>起動時の値</translation>
        </message>
        <message>
            <source>Lesson at start-up</source>
            <translation>起動時のレッスン</translation>
        </message>
        <message>
            <source>Save classroom file…</source>
            <translation>授業ファイルを保存…</translation>
        </message>
        <message>
            <source>the defaults (or the scenario file opened)</source>
            <translation>既定値（またはシナリオファイルを開いたときはその値）</translation>
        </message>
        <message>
            <source>the values saved from “{name}”</source>
            <translation>「{name}」から保存した値</translation>
        </message>
        <message>
            <source>A PIN has {lo} to {hi} characters; this one has {n}.</source>
            <translation>PINは{lo}～{hi}文字です（入力は{n}文字）。</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>プロジェクター</translation>
        </message>
        <message>
            <source>{p} % (too large for this screen)</source>
            <translation>{p} %（この画面には大きすぎます）</translation>
        </message>
        <message>
            <source>The whole window is drawn larger from the next start. This {w} x {h} screen allows up to {p} %.</source>
            <translation>次回の起動から、ウィンドウ全体が大きく表示されます。この {w} × {h} の画面では {p} % まで選べます。</translation>
        </message>
        <message>
            <source>High contrast (black on white; every text at least 7:1)</source>
            <translation>ハイコントラスト（白地に黒。すべての文字のコントラスト比7:1以上）</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字の大きさ</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <source>Change inputs</source>
            <translation>入力の変更</translation>
        </message>
        <message>
            <source>Undo/redo</source>
            <translation>元に戻す／やり直し</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>params</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <source>tokens</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>chips</source>
            <translation>チップ</translation>
        </message>
        <message>
            <source>h</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>seqs</source>
            <translation>系列</translation>
        </message>
        <message>
            <source>/day</source>
            <translation>/日</translation>
        </message>
        <message>
            <source>x</source>
            <translation>倍</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>回</translation>
        </message>
        <message>
            <source>days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>/kWh</source>
            <translation>/kWh</translation>
        </message>
        <message>
            <source>/h</source>
            <translation>/時</translation>
        </message>
        <message>
            <source>%</source>
            <extracomment>the core's unit words (context "Units", shared with the input panel)</extracomment>
            <translation>%</translation>
        </message>
        <message>
            <source>L/kWh</source>
            <translation>L/kWh</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>g/kWh</source>
            <translation>g/kWh</translation>
        </message>
        <message>
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>&amp;Getting started</source>
            <translation>はじめに(&amp;G)</translation>
        </message>
        <message>
            <source>Three ways in: a guided tour, one question's cost, two deployments.</source>
            <translation>3つの入り口：ガイド付きツアー、質問1回のコスト、2つの運用の比較。</translation>
        </message>
        <message>
            <source>One question to a popular chat service: {wh} Wh, in the orange-framed card. The line under the cards puts it, and your own questions, in everyday terms.</source>
            <extracomment>the preset the second and third doors start from (resources/presets.json): serving is visible in it the grids the third door compares (catalog region codes): a coal-heavy and a nuclear-heavy one how long the door's frame stays on the per-query card</extracomment>
            <translation>人気のチャットサービスへの質問1回：{wh} Wh（オレンジの枠のカード）。カードの下の行では、これとあなた自身の質問を身近なものに置き換えています。</translation>
        </message>
        <message>
            <source>Compare already holds your pins: press Clear there first to see two deployments side by side.</source>
            <translation>比較にはすでに固定したシナリオがあります。2つの運用を並べて見るには、先にそこで「すべて解除」を押してください。</translation>
        </message>
        <message>
            <source>Chat service, {region} grid</source>
            <translation>チャットサービス（{region}の電力網）</translation>
        </message>
        <message>
            <source>Compare: {region}</source>
            <translation>比較：{region}</translation>
        </message>
        <message>
            <source>Two deployments pinned as A and B: the same service on two grids. The grid changes the CO2e, not the energy. Change any input: the last column follows your inputs.</source>
            <translation>2つの運用をAとBとして固定しました。同じサービスを2つの電力網で動かしています。電力網で変わるのはCO2排出量で、エネルギーは変わりません。入力を変えると、最後の列がそれに従います。</translation>
        </message>
        <message>
            <source>Welcome to AI Energy Explorer</source>
            <extracomment>a language picked on the card (its code): a newcomer need not find View &gt; Language first</extracomment>
            <translation>AIエネルギー・エクスプローラーへようこそ</translation>
        </message>
        <message>
            <source>How much electricity does AI need?</source>
            <translation>AIはどれだけの電気を使うのでしょうか？</translation>
        </message>
        <message>
            <source>This calculator estimates the electricity, carbon and water of training and serving an AI model, with a likely range for every number and a source for every input. Pick a way in:</source>
            <translation>この計算機は、AIモデルの学習と推論に使う電気、CO2、水を見積もります。すべての数にありうる範囲を、すべての入力に出典を付けています。入り口を選んでください：</translation>
        </message>
        <message>
            <source>The 10-minute tour</source>
            <translation>10分間のツアー</translation>
        </message>
        <message>
            <source>Guided lessons: move one lever at a time and see what it changes.</source>
            <translation>ガイド付きレッスン：1つずつ条件を動かして、何が変わるかを見ます。</translation>
        </message>
        <message>
            <source>How much does one question cost?</source>
            <translation>質問1回にどれだけかかる？</translation>
        </message>
        <message>
            <source>A popular chat service answering 700 million questions a day: one question's energy, carbon and water, and your own questions for a year.</source>
            <translation>1日7億件の質問に答える人気のチャットサービス：質問1回のエネルギー、CO2、水と、あなたの1年分の質問。</translation>
        </message>
        <message>
            <source>Compare two deployments</source>
            <translation>2つの運用を比べる</translation>
        </message>
        <message>
            <source>The same service in two places, side by side: the grid changes the carbon, not the energy.</source>
            <translation>同じサービスを2つの場所で並べて比べます。電力網で変わるのはCO2で、エネルギーは変わりません。</translation>
        </message>
        <message>
            <source>&amp;Don't show this at start</source>
            <translation>起動時に表示しない(&amp;D)</translation>
        </message>
        <message>
            <source>Help &gt; Getting started (F1) shows this card again at any time.</source>
            <translation>ヘルプ ＞ はじめに（F1）でいつでもまた表示できます。</translation>
        </message>
        <message>
            <source>&amp;Explore on my own</source>
            <translation>自分で探る(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>WhatIf</name>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Analyse</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <extracomment>sub-menus: key, parent menu, translation context, title</extracomment>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>書き出し(&amp;E)</translation>
        </message>
        <message>
            <source>Report (PDF)…</source>
            <translation>レポート（PDF）…</translation>
        </message>
        <message>
            <source>Results as CSV…</source>
            <translation>結果をCSVで…</translation>
        </message>
        <message>
            <source>Results as JSON…</source>
            <translation>結果をJSONで…</translation>
        </message>
        <message>
            <source>All charts as image (PNG or SVG)…</source>
            <translation>すべてのグラフを画像で（PNGまたはSVG）…</translation>
        </message>
        <message>
            <source>&amp;Copy results</source>
            <translation>結果をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Uncertainty &amp;samples…</source>
            <translation>不確かさのサンプル数(&amp;S)…</translation>
        </message>
        <message>
            <source>How many Monte Carlo samples the p5–p95 ranges use ({range}).</source>
            <translation>p5〜p95の範囲の計算に使うモンテカルロサンプルの数（{range}）。</translation>
        </message>
        <message>
            <source>My &amp;hardware, grids and profiles…</source>
            <translation>自分のハードウェア・電力網・施設(&amp;H)…</translation>
        </message>
        <message>
            <source>Reset to &amp;preset</source>
            <translation>プリセットに戻す(&amp;P)</translation>
        </message>
        <message>
            <source>Back to the preset this scenario started from.</source>
            <translation>このシナリオの元になったプリセットに戻します。</translation>
        </message>
        <message>
            <source>&amp;Compare scenarios</source>
            <translation>シナリオの比較(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>現在のシナリオを固定(&amp;P)</translation>
        </message>
        <message>
            <source>Sensitivity, sweeps and &amp;equivalents</source>
            <translation>感度分析・スイープ・換算(&amp;E)</translation>
        </message>
        <message>
            <source>Chart: {t}…</source>
            <extracomment>the languages offered, each named in its own language (never translated)</extracomment>
            <translation>グラフ：{t}…</translation>
        </message>
        <message>
            <source>Monte Carlo samples for the p5–p95 ranges ({range}).
More samples: steadier ranges, slower updates.</source>
            <extracomment>the dialog's prompt above the input; ``{range}`` is the allowed range as the box shows it</extracomment>
            <translation>p5〜p95の範囲に使うモンテカルロサンプルの数（{range}）。
サンプルが多いほど範囲は安定しますが、更新は遅くなります。</translation>
        </message>
        <message>
            <source>Uncertainty samples {a} → {b}</source>
            <translation>不確かさのサンプル数 {a} → {b}</translation>
        </message>
        <message>
            <source>Uncertainty samples</source>
            <translation>不確かさのサンプル数</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>保存されていない変更</translation>
        </message>
        <message>
            <source>The scenario has changes that are not saved. Save them first?</source>
            <translation>シナリオに保存されていない変更があります。先に保存しますか？</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>ファイルが見つかりません</translation>
        </message>
        <message>
            <source>{p} no longer exists.</source>
            <translation>{p} はもう存在しません。</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>最近使ったファイルはありません</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>一覧を消去</translation>
        </message>
        <message>
            <source>Four scenarios are compared already; remove a pin first.</source>
            <translation>すでに4つのシナリオを比較しています。先に固定を1つ解除してください。</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>適用されませんでした</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>PDFレポート (*.pdf)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV表 (*.csv)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>書き出し</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>書き出せませんでした</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} を書き出しました</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>グラフの書き出し</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG画像 (*.png);;SVG図 (*.svg)</translation>
        </message>
        <message>
            <source>Results copied: paste into a spreadsheet or a note.</source>
            <translation>結果をコピーしました。表計算ソフトやメモに貼り付けられます。</translation>
        </message>
        <message>
            <source>Autosave is off: {reason}</source>
            <translation>自動保存は停止中: {reason}</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Restore it</source>
            <translation>復元する</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>The last session ended without closing (crash or kill). Its scenario “{name}” was autosaved at {when}.</source>
            <translation>前回のセッションは正常に終了しませんでした（クラッシュまたは強制終了）。シナリオ「{name}」は{when}に自動保存されています。</translation>
        </message>
        <message>
            <source>({n} more after this one)</source>
            <translation>(この後にあと {n} 件)</translation>
        </message>
        <message>
            <source>Restored the autosaved scenario</source>
            <translation>自動保存されたシナリオを復元しました</translation>
        </message>
    </context>
    <context>
        <name>Everyday</name>
        <message>
            <source>One question: {wh} Wh, class {c} (A–G) · your {n} questions a day for a year: {e} ≈ {k} phone charges</source>
            <extracomment>the colours of the appliance-style label, A (green) to G (red), as gui.whatif.equivalents draws them</extracomment>
            <translation>質問1回：{wh} Wh、省エネラベル {c}・あなたが1日{n}回質問すると1年で {e} ≈ スマートフォンの充電 {k} 回</translation>
        </message>
        <message>
            <source>The whole life (training and serving): ≈ {h} Japanese homes' electricity for a year</source>
            <translation>全期間（学習と推論）：≈ 日本の家庭 {h} 世帯の1年分の電気</translation>
        </message>
        <message>
            <source>The whole life (training and serving): ≈ {h} US homes' electricity for a year</source>
            <translation>全期間（学習と推論）：≈ 米国の家庭 {h} 世帯の1年分の電気</translation>
        </message>
        <message>
            <source>Your questions: energy per question × {n} a day × 365 days = {q:,} questions.</source>
            <translation>あなたの質問：質問1回のエネルギー × 1日{n}回 × 365日 = {q:,} 回。</translation>
        </message>
        <message>
            <source>Phone charge: {f} kWh · {s}</source>
            <translation>スマートフォンの充電1回：{f} kWh・{s}</translation>
        </message>
        <message>
            <source>Home: {f:,} kWh a year · {s}</source>
            <translation>家庭：1年 {f:,} kWh・{s}</translation>
        </message>
        <message>
            <source>Click for every equivalent and the label's scale.</source>
            <translation>クリックすると、すべての換算とラベルの区分を表示します。</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <source>{low} to {high} {unit}</source>
            <translation>{low}～{high} {unit}</translation>
        </message>
        <message>
            <source>up to {high} {unit}</source>
            <translation>{high} {unit}まで</translation>
        </message>
        <message>
            <source>{low} {unit} and up</source>
            <translation>{low} {unit}以上</translation>
        </message>
        <message>
            <source>The load shares of the sites add up to {total}; they must add up to 100 % (Split evenly shares them out).</source>
            <translation>拠点の負荷の割合の合計が {total} です。合計は 100 % にしてください（「均等に分ける」で配分できます）。</translation>
        </message>
        <message>
            <source>Idle power ({idle} W) cannot be more than the TDP ({tdp} W): allowed 0 to {tdp} W.</source>
            <translation>待機電力（{idle} W）はTDP（{tdp} W）より大きくできません。範囲は 0～{tdp} W。</translation>
        </message>
        <message>
            <source>{name} ({value}) cannot be less than {other} ({limit}).</source>
            <translation>{name}（{value}）は{other}（{limit}）より小さくできません。</translation>
        </message>
        <message>
            <source>{name} ({value}) cannot be more than {other} ({limit}).</source>
            <translation>{name}（{value}）は{other}（{limit}）より大きくできません。</translation>
        </message>
        <message>
            <source>{name} ({value}) cannot be less than {other} ({limit}): allowed {range}.</source>
            <translation>{name}（{value}）は{other}（{limit}）より小さくできません。範囲は {range}。</translation>
        </message>
        <message>
            <source>{name} ({value}) cannot be more than {other} ({limit}): allowed {range}.</source>
            <translation>{name}（{value}）は{other}（{limit}）より大きくできません。範囲は {range}。</translation>
        </message>
        <message>
            <source>input {n}</source>
            <translation>入力 {n}</translation>
        </message>
        <message>
            <source>growth from {calls} earlier calls {n}</source>
            <translation>それまでの {calls} 回の呼び出しによる増分 {n}</translation>
        </message>
        <message>
            <source>reasoning {n}</source>
            <translation>思考 {n}</translation>
        </message>
        <message>
            <source>output {n}</source>
            <translation>出力 {n}</translation>
        </message>
        <message>
            <source>{name} ({context} tokens) is shorter than one query's tokens ({terms} = {total}).</source>
            <translation>{name}（{context} トークン）が 1 回の問い合わせのトークン数（{terms} = {total}）より短くなっています。</translation>
        </message>
        <message>
            <source>{name} ({context} tokens) is shorter than one query's tokens ({terms} = {total}): allowed {range}.</source>
            <translation>{name}（{context} トークン）が 1 回の問い合わせのトークン数（{terms} = {total}）より短くなっています。範囲は {range}。</translation>
        </message>
        <message>
            <source>One query's tokens ({terms} = {total}) do not fit the context length of {context} tokens</source>
            <translation>1 回の問い合わせのトークン数（{terms} = {total}）がコンテキスト長 {context} トークンに収まりません</translation>
        </message>
        <message>
            <source>{sentence}: make the context longer or the query shorter.</source>
            <translation>{sentence}。コンテキストを長くするか、問い合わせを短くしてください。</translation>
        </message>
        <message>
            <source>allowed up to {n} input tokens</source>
            <translation>入力トークン数は {n} までにできます</translation>
        </message>
        <message>
            <source>allowed up to {n} output tokens</source>
            <translation>出力トークン数は {n} までにできます</translation>
        </message>
        <message>
            <source>allowed up to {n} reasoning tokens</source>
            <translation>推論（思考）トークンは {n} までにできます</translation>
        </message>
        <message>
            <source>allowed up to {n} calls per task</source>
            <translation>タスクあたりの呼び出しは {n} 回までにできます</translation>
        </message>
        <message>
            <source>allowed up to {n} tokens of growth per call</source>
            <translation>呼び出しごとの増分は {n} トークンまでにできます</translation>
        </message>
        <message>
            <source>{sentence}: {allowed}.</source>
            <translation>{sentence}。{allowed}。</translation>
        </message>
        <message>
            <source>{name} ({count}) hold {have} GB, but the weights and cache need {need} GB: allowed {fits} and up ({power} as a power of two), or leave it empty for the fewest that fit.</source>
            <translation>{name}（{count}）のメモリは {have} GB ですが、重みとキャッシュに {need} GB 必要です。{fits} 以上（2 のべき乗なら {power}）にするか、空欄にして収まる最小の数にしてください。</translation>
        </message>
        <message>
            <source>With {name} at {count} ({have} GB), the weights and cache need {need} GB: set it to {fits} or more ({power} as a power of two), or leave it empty for the fewest that fit.</source>
            <translation>{name}が {count}（{have} GB）では、重みとキャッシュに必要な {need} GB が収まりません。{fits} 以上（2 のべき乗なら {power}）にするか、空欄にして収まる最小の数にしてください。</translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>Copy table</source>
            <translation>表をコピー</translation>
        </message>
        <message>
            <source>Copied {n} rows: paste into a spreadsheet or a note.</source>
            <translation>{n}行をコピーしました。表計算ソフトやメモに貼り付けられます。</translation>
        </message>
    </context>
    <context>
        <name>LongRunIndicator</name>
        <message>
            <source>Uncertainty samples computed</source>
            <translation>計算済みの不確かさのサンプル数</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Stop the long uncertainty run; the ranges from the quick run stay shown</source>
            <translation>時間のかかる不確かさの計算を中止します。簡易計算による範囲はそのまま表示されます</translation>
        </message>
        <message>
            <source>%1 of %2 samples</source>
            <translation>%2サンプル中 %1</translation>
        </message>
    </context>
</TS>
