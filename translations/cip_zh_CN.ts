<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImagingCommands</name>
    <message>
        <source>usage: cip-tool info FILE [--low LOW-ENERGY-FILE]</source>
        <translation>用法：cip-tool info 文件 [--low 低能图像文件]</translation>
    </message>
    <message>
        <source>cip-tool: info: %1</source>
        <translation>cip-tool：info：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>SOP class</source>
        <translation>SOP 类</translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation>传输语法</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>%1, %2 bits stored</source>
        <translation>%1，存储 %2 位</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>像素含义</translation>
    </message>
    <message>
        <source> (MONOCHROME1: inverted for display)</source>
        <translation>（MONOCHROME1：显示时反转）</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>取值范围 %1</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>像素间距</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Threat report</source>
        <translation>判图报告</translation>
    </message>
    <message>
        <source>%1, %2, %3 object(s) — %4</source>
        <translation>%1，%2，%3 个目标 — %4</translation>
    </message>
    <message>
        <source>  #%1 %2 %3 %4</source>
        <translation>  #%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>Low-energy image of a dual-energy pair.</source>
        <translation>双能图像对中的低能图像。</translation>
    </message>
    <message>
        <source>Channel: high, low, or its number (default: the first).</source>
        <translation>通道：high、low 或通道序号（默认：第一个）。</translation>
    </message>
    <message>
        <source>Slice or frame of a volume (default: the middle one).</source>
        <translation>体数据的层或帧（默认：中间一层）。</translation>
    </message>
    <message>
        <source>Preset: auto, full, attenuation, organic, dense, ct-organic, ct-metal.</source>
        <translation>预设：auto、full、attenuation、organic、dense、ct-organic、ct-metal。</translation>
    </message>
    <message>
        <source>Window centre,width in pixel (or attenuation) units.</source>
        <translation>窗位,窗宽（像素值或衰减值单位）。</translation>
    </message>
    <message>
        <source>Show transmission as attenuation (−ln I/I₀).</source>
        <translation>将透射值显示为衰减（−ln I/I₀）。</translation>
    </message>
    <message>
        <source>Contrast-limited adaptive histogram equalisation.</source>
        <translation>限制对比度的自适应直方图均衡（CLAHE）。</translation>
    </message>
    <message>
        <source>Global histogram equalisation.</source>
        <translation>全局直方图均衡。</translation>
    </message>
    <message>
        <source>Unsharp-mask edge enhancement, amount 0–3.</source>
        <translation>反锐化掩模边缘增强，强度 0–3。</translation>
    </message>
    <message>
        <source>Gamma (1 = linear).</source>
        <translation>伽马（1 = 线性）。</translation>
    </message>
    <message>
        <source>Swap dark and bright.</source>
        <translation>明暗反转。</translation>
    </message>
    <message>
        <source>Colour table: grey, hot, bone, viridis, cividis, inferno.</source>
        <translation>伪彩色表：grey、hot、bone、viridis、cividis、inferno。</translation>
    </message>
    <message>
        <source>Scan file or DICOM series folder.</source>
        <translation>图像文件或 DICOM 序列文件夹。</translation>
    </message>
    <message>
        <source>%1: %2 × %3 written</source>
        <translation>%1：已写入 %2 × %3</translation>
    </message>
    <message>
        <source>cip-tool: render: %1</source>
        <translation>cip-tool：render：%1</translation>
    </message>
    <message>
        <source>Dual-energy material colours (organic orange, inorganic green, metal blue, impenetrable black).</source>
        <translation>双能物质着色（有机物橙色、无机物绿色、金属蓝色、无法穿透黑色）。</translation>
    </message>
    <message>
        <source>Dual-energy system for --material: cargo-6-4MeV (default) or baggage-160-80kV.</source>
        <translation>--material 使用的双能系统：cargo-6-4MeV（默认）或 baggage-160-80kV。</translation>
    </message>
    <message>
        <source>Measured material calibration (JSON) instead of the physics model.</source>
        <translation>使用实测的物质标定文件（JSON）代替物理模型。</translation>
    </message>
    <message>
        <source>usage: cip-tool render FILE -o OUT.png [--low FILE] [--channel high|low|N] [--slice Z] [--preset NAME] [--window C,W] [--log] [--clahe|--equalize] [--edge A] [--gamma G] [--invert] [--colors NAME] [--material [--system NAME] [--calibration FILE]]</source>
        <translation>用法：cip-tool render 文件 -o 输出.png [--low 文件] [--channel high|low|N] [--slice Z] [--preset 名称] [--window 窗位,窗宽] [--log] [--clahe|--equalize] [--edge 强度] [--gamma G] [--invert] [--colors 名称] [--material [--system 名称] [--calibration 文件]]</translation>
    </message>
    <message>
        <source>usage: cip-tool convert FILE [--low LOW-ENERGY-FILE] -o OUT.dcs</source>
        <translation>用法：cip-tool convert 文件 [--low 低能图像文件] -o 输出.dcs</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>cip-tool: convert: %1</source>
        <translation>cip-tool：convert：%1</translation>
    </message>
    <message>
        <source>cip-tool: synth: %1</source>
        <translation>cip-tool：synth：%1</translation>
    </message>
    <message>
        <source>JSON file to write (default: standard output).</source>
        <translation>要写入的 JSON 文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>The container is declared empty: verify it.</source>
        <translation>申报为空箱：核验是否确为空箱。</translation>
    </message>
    <message>
        <source>HS codes of the declared goods, comma-separated: flag material they do not explain.</source>
        <translation>申报货物的 HS 编码，以逗号分隔：标出申报货物无法解释的物质。</translation>
    </message>
    <message>
        <source>Dual-energy system: cargo-6-4MeV (default) or baggage-160-80kV.</source>
        <translation>双能系统：cargo-6-4MeV（默认）或 baggage-160-80kV。</translation>
    </message>
    <message>
        <source>Also write the findings drawn on the image (PNG).</source>
        <translation>同时写出标注了发现的图像（PNG）。</translation>
    </message>
    <message>
        <source>Scan file.</source>
        <translation>图像文件。</translation>
    </message>
    <message>
        <source>usage: cip-tool analyze FILE [--low FILE] [--declared-empty | --hs CODE,…] [--system NAME | --calibration FILE] [-o FINDINGS.json] [--overlay OUT.png]</source>
        <translation>用法：cip-tool analyze 文件 [--low 文件] [--declared-empty | --hs 编码,…] [--system 名称 | --calibration 文件] [-o 发现.json] [--overlay 输出.png]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), empty check: %2</source>
        <translation>
            <numerusform>%1：%n 个发现，空箱核验：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>cip-tool: analyze: %1</source>
        <translation>cip-tool：analyze：%1</translation>
    </message>
    <message>
        <source>Folder to write to.</source>
        <translation>要写入的文件夹。</translation>
    </message>
    <message>
        <source>Generate N labelled random container scenes instead of reading one.</source>
        <translation>生成 N 个带标注的随机集装箱场景，而不是读取场景文件。</translation>
    </message>
    <message>
        <source>First seed of the random scenes (default 1).</source>
        <translation>随机场景的起始种子（默认 1）。</translation>
    </message>
    <message>
        <source>Pixel size of the random scenes in mm (default 5).</source>
        <translation>随机场景的像素尺寸，单位毫米（默认 5）。</translation>
    </message>
    <message>
        <source>usage: cip-tool synth SCENE.json -o FOLDER
       cip-tool synth --random N [--seed S] [--pixel MM] -o FOLDER   (N 1–10000, MM 2–50)</source>
        <translation>用法：cip-tool synth 场景.json -o 文件夹
       cip-tool synth --random N [--seed S] [--pixel 毫米] -o 文件夹   （N 1–10000，毫米 2–50）</translation>
    </message>
</context>
<context>
    <name>MaterialNames</name>
    <message>
        <source>organic</source>
        <translation>有机物</translation>
    </message>
    <message>
        <source>inorganic</source>
        <translation>无机物</translation>
    </message>
    <message>
        <source>metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>impenetrable</source>
        <translation>无法穿透</translation>
    </message>
    <message>
        <source>air</source>
        <translation>空气</translation>
    </message>
</context>
<context>
    <name>ToolCommands</name>
    <message>
        <source>cip-tool: unknown command &apos;%1&apos;</source>
        <translation>cip-tool：未知命令“%1”</translation>
    </message>
    <message>
        <source>cip-tool: db check: %1</source>
        <translation>cip-tool：数据库检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>cip-tool: db check: %1 FAILED (%n problem(s))</source>
        <translation>
            <numerusform>cip-tool：数据库检查：%1 未通过（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (schema %2 of %3, audit chain of %4 entries intact)</source>
        <translation>%1：正常（结构版本 %2/%3，审计链 %4 条记录完好）</translation>
    </message>
    <message>
        <source>Usage:
  cip-tool --version          versions of the program and its libraries
  cip-tool info FILE [--low FILE]  what a scan file is (format, size, channels, reports)
  cip-tool render FILE -o OUT.png [options]  the scan as shown (run it without FILE for options)
  cip-tool convert FILE [--low FILE] -o OUT.dcs  the scan as DICOS
  cip-tool analyze FILE [--declared-empty | --hs CODES] [-o JSON] [--overlay PNG]  automatic findings
  cip-tool synth SCENE.json -o FOLDER  a synthetic dual-energy scan with ground truth
  cip-tool synth --random N [--seed S] [--pixel MM] -o FOLDER  labelled random container scenes
  cip-tool db check [FILE]    integrity, foreign keys, schema and audit-chain check
                              (default FILE: the workstation&apos;s database)
</source>
        <translation>用法：
  cip-tool --version          显示程序及其所用库的版本
  cip-tool info 文件 [--low 文件]  查看图像文件（格式、尺寸、通道、判图报告）
  cip-tool render 文件 -o 输出.png [选项]  按显示效果输出图像（不带文件运行可查看选项）
  cip-tool convert 文件 [--low 文件] -o 输出.dcs  将图像转换为 DICOS
  cip-tool analyze 文件 [--declared-empty | --hs 编码] [-o JSON] [--overlay PNG]  自动发现
  cip-tool synth 场景.json -o 文件夹  生成带真值标注的合成双能图像
  cip-tool synth --random N [--seed S] [--pixel 毫米] -o 文件夹  生成带标注的随机集装箱场景
  cip-tool db check [文件]    检查完整性、外键、数据库结构版本和审计链
                              （默认文件：工作站的数据库）
</translation>
    </message>
</context>
<context>
    <name>ViewerKeyMap</name>
    <message>
        <source>Preset: automatic window</source>
        <translation>预设：自动窗口</translation>
    </message>
    <message>
        <source>Preset: full range</source>
        <translation>预设：全范围</translation>
    </message>
    <message>
        <source>Preset: attenuation (log)</source>
        <translation>预设：衰减（对数）</translation>
    </message>
    <message>
        <source>Preset: organic, thin material</source>
        <translation>预设：有机物、薄物质</translation>
    </message>
    <message>
        <source>Preset: dense material</source>
        <translation>预设：高密度物质</translation>
    </message>
    <message>
        <source>Preset: CT organic</source>
        <translation>预设：CT 有机物</translation>
    </message>
    <message>
        <source>Preset: CT metal</source>
        <translation>预设：CT 金属</translation>
    </message>
    <message>
        <source>Fit the image to the view</source>
        <translation>图像适应窗口</translation>
    </message>
    <message>
        <source>Actual size (1 image pixel per screen pixel)</source>
        <translation>实际大小（一个图像像素对应一个屏幕像素）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>向左平移</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>向右平移</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>向上平移</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>向下平移</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>顺时针旋转 90°</translation>
    </message>
    <message>
        <source>Flip left–right</source>
        <translation>左右翻转</translation>
    </message>
    <message>
        <source>Flip top–bottom</source>
        <translation>上下翻转</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反色</translation>
    </message>
    <message>
        <source>Log (attenuation) display on/off</source>
        <translation>对数（衰减）显示 开/关</translation>
    </message>
    <message>
        <source>Local contrast (CLAHE) on/off</source>
        <translation>局部对比度增强（CLAHE）开/关</translation>
    </message>
    <message>
        <source>Edge enhancement on/off</source>
        <translation>边缘增强 开/关</translation>
    </message>
    <message>
        <source>Next colour table</source>
        <translation>下一个伪彩色表</translation>
    </message>
    <message>
        <source>Next channel: high, low, material colours, blend</source>
        <translation>下一个通道：高能、低能、物质着色、融合</translation>
    </message>
    <message>
        <source>Magnifier at the cursor on/off</source>
        <translation>光标处放大镜 开/关</translation>
    </message>
    <message>
        <source>Findings and threat reports on/off</source>
        <translation>自动发现与判图报告 开/关</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>3D: organic materials</source>
        <translation>三维：有机物</translation>
    </message>
    <message>
        <source>3D: metal</source>
        <translation>三维：金属</translation>
    </message>
    <message>
        <source>3D: maximum intensity projection</source>
        <translation>三维：最大密度投影</translation>
    </message>
    <message>
        <source>3D: front view</source>
        <translation>三维：正视</translation>
    </message>
</context>
<context>
    <name>cip::app::MainWindow</name>
    <message>
        <source>CIP Workstation — %1</source>
        <translation>CIP 审图工作站 — %1</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>任务队列</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>发件箱为空</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) to send</source>
        <translation>
            <numerusform>%n 条结论待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>刷新队列(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About CIP Workstation</source>
        <translation>关于 CIP 审图工作站(&amp;A)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>&amp;Open scan…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;view as PNG…</source>
        <translation>将视图保存为 PNG(&amp;V)…</translation>
    </message>
    <message>
        <source>Verify &amp;empty container</source>
        <translation>核验空箱(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot open the scan</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Scans (*.dcm *.dcs *.dicom *.npy *.json *.png *.tif *.tiff *.jpg);;All files (*)</source>
        <translation>图像 (*.dcm *.dcs *.dicom *.npy *.json *.png *.tif *.tiff *.jpg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save view as PNG</source>
        <translation>将视图保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>View saved to %1</source>
        <translation>视图已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <source>Profile and histogram</source>
        <translation>剖面与直方图</translation>
    </message>
</context>
<context>
    <name>cip::app::ScanController</name>
    <message>
        <source>%1 × %2 cm</source>
        <translation>%1 × %2 厘米</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Load, %1</source>
        <translation>货物，%1</translation>
    </message>
    <message>
        <source>Impenetrable region, %1</source>
        <translation>无法穿透区域，%1</translation>
    </message>
    <message>
        <source>Anomaly: %1 material not explained by the declaration, %2</source>
        <translation>异常：申报无法解释的%1物质，%2</translation>
    </message>
    <message>
        <source>Declared empty: confirmed empty.</source>
        <translation>申报为空箱：核验为空。</translation>
    </message>
    <message>
        <source>Declared empty: NOT empty — see the findings.</source>
        <translation>申报为空箱：并非空箱——请查看发现。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Threat report (%1) #%2: %3 %4</source>
        <translation>判图报告（%1）#%2：%3 %4</translation>
    </message>
    <message>
        <source>No automatic findings.</source>
        <translation>没有自动发现。</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic finding(s).</source>
        <translation>
            <numerusform>%n 个自动发现。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the view cannot be written</source>
        <translation>%1：无法写入视图</translation>
    </message>
    <message>
        <source>Dense region (%1 % transmission), %2</source>
        <translation>高密度区域（透射率 %1 %），%2</translation>
    </message>
    <message>
        <source>CT volume: no threat report; the automatic findings are made for radiographs.</source>
        <translation>CT 体数据：没有判图报告；自动发现仅适用于透射图像。</translation>
    </message>
    <message numerus="yes">
        <source>CT volume: %n threat report object(s).</source>
        <translation>
            <numerusform>CT 体数据：判图报告中有 %n 个目标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cip::widgets::AboutDialog</name>
    <message>
        <source>About CIP Workstation</source>
        <translation>关于 CIP 审图工作站</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CIP Workstation %1&lt;/h2&gt;&lt;p&gt;Image review for centralized customs image processing.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CIP 审图工作站 %1&lt;/h2&gt;&lt;p&gt;用于海关集中审图的图像审查软件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>cip::widgets::CtView</name>
    <message>
        <source>Axial (Ctrl + click links the planes)</source>
        <translation>横断面（Ctrl + 单击联动各平面）</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠状面</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状面</translation>
    </message>
    <message>
        <source>3D — drag turns, wheel zooms, O organic, M metal, X maximum intensity, F front</source>
        <translation>三维 — 拖动旋转，滚轮缩放，O 有机物，M 金属，X 最大密度投影，F 正视</translation>
    </message>
    <message>
        <source>Slab (MIP), planes:</source>
        <translation>厚层（最大密度投影），层数：</translation>
    </message>
    <message>
        <source>Crop 3D to the planes&apos; views</source>
        <translation>按各平面视图裁剪三维</translation>
    </message>
</context>
<context>
    <name>cip::widgets::JobQueueModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>审图中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已判定</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>Port · scanner</source>
        <translation>口岸 · 设备</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>图像数</translation>
    </message>
</context>
<context>
    <name>cip::widgets::JobQueuePanel</name>
    <message>
        <source>No job matches “%1”.</source>
        <translation>没有与“%1”匹配的任务。</translation>
    </message>
    <message>
        <source>No jobs are assigned to you.
New jobs appear here as the central system assigns them.</source>
        <translation>当前没有分派给您的任务。
中心系统分派新任务后会显示在这里。</translation>
    </message>
    <message>
        <source>Filter by job, container, port…</source>
        <translation>按任务、集装箱号、口岸筛选…</translation>
    </message>
</context>
<context>
    <name>cip::widgets::MeasurementPanel</name>
    <message>
        <source>Shift + drag in the image draws a profile line.</source>
        <translation>在图像中按住 Shift 拖动可画剖面线。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>剖面</translation>
    </message>
    <message>
        <source>Histogram of the view</source>
        <translation>视图直方图</translation>
    </message>
    <message>
        <source>distance (mm)</source>
        <translation>距离（毫米）</translation>
    </message>
    <message>
        <source>distance (pixels)</source>
        <translation>距离（像素）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
</context>
<context>
    <name>cip::widgets::RadiographView</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <source>Keys (? closes) — mouse: left-drag pans, right-drag window/level, wheel zooms</source>
        <translation>快捷键（按 ? 关闭）— 鼠标：左键拖动平移，右键拖动调窗宽窗位，滚轮缩放</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <source> (%1 × %2 m)</source>
        <translation>（%1 × %2 米）</translation>
    </message>
    <message>
        <source>material: %1</source>
        <translation>物质：%1</translation>
    </message>
</context>
<context>
    <name>cip::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
</context>
<context>
    <name>cip::widgets::SignInDialog</name>
    <message>
        <source>Sign in — CIP Workstation</source>
        <translation>登录 — CIP 审图工作站</translation>
    </message>
    <message>
        <source>e.g. li.wei</source>
        <translation>例如 li.wei</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>审图员</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训员</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Letters, digits and . _ : - only.</source>
        <translation>只能使用字母、数字和 . _ : -</translation>
    </message>
</context>
<context>
    <name>cip::widgets::WelcomePanel</name>
    <message>
        <source>No jobs are waiting.</source>
        <translation>没有待处理的任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting in your queue.</source>
        <translation>
            <numerusform>队列中有 %n 个待处理任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) waiting to be sent.</source>
        <translation>
            <numerusform>有 %n 条结论等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed in as %1 (%2)&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Open a job from the queue (double-click or Enter).&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Local database: %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;已登录：%1（%2）&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;在队列中打开任务（双击或按回车）。&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;本地数据库：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No verdicts are waiting to be sent.</source>
        <translation>没有等待发送的结论。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CIP Workstation: review customs scans next to their declarations.</source>
        <translation>CIP 审图工作站：对照报关单审查海关查验图像。</translation>
    </message>
    <message>
        <source>Local database file.</source>
        <translation>本地数据库文件。</translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog.</source>
        <translation>以此用户直接登录，不显示登录对话框。</translation>
    </message>
    <message>
        <source>Role for --user: analyst, trainer, trainee, supervisor, admin.</source>
        <translation>--user 的角色：analyst、trainer、trainee、supervisor、admin。</translation>
    </message>
    <message>
        <source>Interface language (en, zh_CN); default: settings, else system.</source>
        <translation>界面语言（en、zh_CN）；默认取设置，否则跟随系统。</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file.</source>
        <translation>在此 INI 文件中读写设置。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG and quit.</source>
        <translation>将窗口截图保存为此 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>CIP Workstation</source>
        <translation>CIP 审图工作站</translation>
    </message>
    <message>
        <source>The local database cannot be opened:
%1</source>
        <translation>无法打开本地数据库：
%1</translation>
    </message>
    <message>
        <source>invalid --user or --role (roles: %1)</source>
        <translation>--user 或 --role 无效（可用角色：%1）</translation>
    </message>
    <message>
        <source>Open this scan in the viewer at start.</source>
        <translation>启动时在查看器中打开此图像。</translation>
    </message>
</context>
</TS>
