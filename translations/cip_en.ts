<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImagingCommands</name>
    <message>
        <source>usage: cip-tool info FILE [--low LOW-ENERGY-FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bits stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (MONOCHROME1: inverted for display)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 object(s) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #%1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-energy image of a dual-energy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: high, low, or its number (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice or frame of a volume (default: the middle one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: auto, full, attenuation, organic, dense, ct-organic, ct-metal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window centre,width in pixel (or attenuation) units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show transmission as attenuation (−ln I/I₀).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast-limited adaptive histogram equalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global histogram equalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsharp-mask edge enhancement, amount 0–3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma (1 = linear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap dark and bright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour table: grey, hot, bone, viridis, cividis, inferno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan file or DICOM series folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: render: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-energy material colours (organic orange, inorganic green, metal blue, impenetrable black).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-energy system for --material: cargo-6-4MeV (default) or baggage-160-80kV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured material calibration (JSON) instead of the physics model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool render FILE -o OUT.png [--low FILE] [--channel high|low|N] [--slice Z] [--preset NAME] [--window C,W] [--log] [--clahe|--equalize] [--edge A] [--gamma G] [--invert] [--colors NAME] [--material [--system NAME] [--calibration FILE]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool convert FILE [--low LOW-ENERGY-FILE] -o OUT.dcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: convert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: synth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is declared empty: verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS codes of the declared goods, comma-separated: flag material they do not explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-energy system: cargo-6-4MeV (default) or baggage-160-80kV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the findings drawn on the image (PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool analyze FILE [--low FILE] [--declared-empty | --hs CODE,…] [--system NAME | --calibration FILE] [-o FINDINGS.json] [--overlay OUT.png]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), empty check: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cip-tool: analyze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate N labelled random container scenes instead of reading one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seed of the random scenes (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel size of the random scenes in mm (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool synth SCENE.json -o FOLDER
       cip-tool synth --random N [--seed S] [--pixel MM] -o FOLDER   (N 1–10000, MM 2–50)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialNames</name>
    <message>
        <source>organic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inorganic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impenetrable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCommands</name>
    <message>
        <source>cip-tool: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: db check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cip-tool: db check: %1 FAILED (%n problem(s))</source>
        <translation>
            <numerusform>cip-tool: db check: %1 FAILED (%n problem)</numerusform>
            <numerusform>cip-tool: db check: %1 FAILED (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (schema %2 of %3, audit chain of %4 entries intact)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerKeyMap</name>
    <message>
        <source>Preset: automatic window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: attenuation (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: organic, thin material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: dense material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: CT organic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: CT metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (1 image pixel per screen pixel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip left–right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip top–bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log (attenuation) display on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local contrast (CLAHE) on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge enhancement on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next colour table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next channel: high, low, material colours, blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnifier at the cursor on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and threat reports on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: organic materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: maximum intensity projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: front view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::MainWindow</name>
    <message>
        <source>CIP Workstation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) to send</source>
        <translation>
            <numerusform>%n verdict to send</numerusform>
            <numerusform>%n verdicts to send</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CIP Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;view as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;empty container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.dcm *.dcs *.dicom *.npy *.json *.png *.tif *.tiff *.jpg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and histogram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::ScanController</name>
    <message>
        <source>%1 × %2 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impenetrable region, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly: %1 material not explained by the declaration, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared empty: confirmed empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared empty: NOT empty — see the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat report (%1) #%2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n automatic finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the view cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense region (%1 % transmission), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT volume: no threat report; the automatic findings are made for radiographs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CT volume: %n threat report object(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cip::widgets::AboutDialog</name>
    <message>
        <source>About CIP Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;CIP Workstation %1&lt;/h2&gt;&lt;p&gt;Image review for centralized customs image processing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::CtView</name>
    <message>
        <source>Axial (Ctrl + click links the planes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D — drag turns, wheel zooms, O organic, M metal, X maximum intensity, F front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slab (MIP), planes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop 3D to the planes&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::JobQueueModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port · scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::JobQueuePanel</name>
    <message>
        <source>No job matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs are assigned to you.
New jobs appear here as the central system assigns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by job, container, port…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::MeasurementPanel</name>
    <message>
        <source>Shift + drag in the image draws a profile line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::RadiographView</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (? closes) — mouse: left-drag pans, right-drag window/level, wheel zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 × %2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::SignInDialog</name>
    <message>
        <source>Sign in — CIP Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. li.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and . _ : - only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::WelcomePanel</name>
    <message>
        <source>No jobs are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting in your queue.</source>
        <translation>
            <numerusform>%n job waiting in your queue.</numerusform>
            <numerusform>%n jobs waiting in your queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n verdict waiting to be sent.</numerusform>
            <numerusform>%n verdicts waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed in as %1 (%2)&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Open a job from the queue (double-click or Enter).&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Local database: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdicts are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CIP Workstation: review customs scans next to their declarations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role for --user: analyst, trainer, trainee, supervisor, admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, zh_CN); default: settings, else system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIP Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --user or --role (roles: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this scan in the viewer at start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
