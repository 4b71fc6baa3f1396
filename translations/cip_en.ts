<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CentralClient</name>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in answer is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system&apos;s certificate is not trusted (%1); start the workstation with --ca and the site&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system does not know this user name with this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system grants this user no role at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system does not grant this user that role (granted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account is disabled on the central system; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>too many sign-in attempts; try again in %n second(s)</source>
        <translation>
            <numerusform>too many sign-in attempts; try again in %n second</numerusform>
            <numerusform>too many sign-in attempts; try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is plain HTTP to another machine: a password is sent only over HTTPS (or to this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system signed this user in without the role asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheckCommand</name>
    <message>
        <source>cip-tool: db check: %1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: db check: %1: not an anchor list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool db check [FILE] [--anchors ANCHORS.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: db check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cip-tool: db check: %1 FAILED (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform>cip-tool: db check: %1 FAILED (%n problem)</numerusform>
            <numerusform>cip-tool: db check: %1 FAILED (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (schema %2 of %3, audit chain of %4 entries intact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the chain matches the central system&apos;s %n anchor(s) of this workstation</source>
        <translation type="unfinished">
            <numerusform>%1: the chain matches the central system&apos;s %n anchor of this workstation</numerusform>
            <numerusform>%1: the chain matches the central system&apos;s %n anchors of this workstation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationChecks</name>
    <message>
        <source>Container numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the declaration is not a valid ISO 6346 number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration names no container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner read no container number to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1, but the scanner read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as declared, check digits valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared empty, and nothing was found inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Declared empty, but %n region(s) inside hold something.</source>
        <translation>
            <numerusform>Declared empty, but %n region inside holds something.</numerusform>
            <numerusform>Declared empty, but %n regions inside hold something.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods are declared, but the container looks empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods declared and seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared empty: see the empty-container check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan does not state its pixel size, so the image cannot be weighed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gross weight declared; the image shows about %1 t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1 t, the image shows about %2 t (%3%4 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the load is beyond penetration, so the image&apos;s weight is a minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared empty: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-energy scan shows no materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared HS chapters have no expected material classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load&apos;s materials fit the declared goods (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 material seen where the declared goods are %2: %n region(s).</source>
        <translation>
            <numerusform>%1 material seen where the declared goods are %2: %n region.</numerusform>
            <numerusform>%1 material seen where the declared goods are %2: %n regions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan is not a container or vehicle scan, so no automatic findings compare it with the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HsChapters</name>
    <message>
        <source>Live animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meat and edible meat offal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fish and crustaceans, molluscs and other aquatic invertebrates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dairy produce; birds&apos; eggs; natural honey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of animal origin, not elsewhere specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live trees and other plants; cut flowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edible vegetables and certain roots and tubers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edible fruit and nuts; peel of citrus fruit or melons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee, tea, maté and spices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cereals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of the milling industry; malt; starches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil seeds and oleaginous fruits; industrial or medicinal plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lac; gums, resins and other vegetable saps and extracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegetable plaiting materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal or vegetable fats and oils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparations of meat, fish or crustaceans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sugars and sugar confectionery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cocoa and cocoa preparations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparations of cereals, flour, starch or milk; pastrycooks&apos; products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparations of vegetables, fruit or nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous edible preparations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beverages, spirits and vinegar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residues from the food industries; prepared animal fodder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tobacco and manufactured tobacco substitutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salt; sulphur; earths and stone; plaster, lime and cement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ores, slag and ash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mineral fuels and oils; bituminous substances; mineral waxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inorganic chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmaceutical products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fertilisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanning or dyeing extracts; dyes, pigments, paints and varnishes; inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential oils; perfumery, cosmetic or toilet preparations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soap, washing preparations, lubricants, waxes, candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albuminoidal substances; modified starches; glues; enzymes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosives; pyrotechnic products; matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographic or cinematographic goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous chemical products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastics and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw hides and skins (other than furskins) and leather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of leather; saddlery; handbags and travel goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furskins and artificial fur; manufactures thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood and articles of wood; wood charcoal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cork and articles of cork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufactures of straw or other plaiting materials; basketware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulp of wood or other fibrous cellulosic material; recovered paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed books, newspapers, pictures and other printed matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wool, fine or coarse animal hair; horsehair yarn and woven fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cotton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other vegetable textile fibres; paper yarn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man-made filaments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man-made staple fibres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wadding, felt and nonwovens; special yarns; twine, cordage, ropes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpets and other textile floor coverings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special woven fabrics; tufted fabrics; lace; tapestries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impregnated, coated, covered or laminated textile fabrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knitted or crocheted fabrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of apparel, knitted or crocheted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of apparel, not knitted or crocheted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other made up textile articles; worn clothing; rags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footwear, gaiters and the like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headgear and parts thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbrellas, walking sticks, whips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared feathers and down; artificial flowers; articles of human hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of stone, plaster, cement, asbestos, mica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceramic products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glass and glassware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearls, precious stones and metals; imitation jewellery; coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iron and steel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of iron or steel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copper and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickel and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aluminium and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zinc and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tin and articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other base metals; cermets; articles thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools, implements, cutlery of base metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous articles of base metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear reactors, boilers, machinery and mechanical appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical machinery and equipment; sound and television recorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway or tramway locomotives, rolling stock and track fixtures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles other than railway or tramway rolling stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aircraft, spacecraft and parts thereof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships, boats and floating structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optical, photographic, measuring, checking and medical instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks and watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Musical instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms and ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furniture; bedding; lamps; prefabricated buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toys, games and sports requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous manufactured articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works of art, collectors&apos; pieces and antiques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagingCommands</name>
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
        <source>Also write the findings drawn on the image (PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), empty check: %2</source>
        <translation>
            <numerusform>%1: %n finding, empty check: %2</numerusform>
            <numerusform>%1: %n findings, empty check: %2</numerusform>
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
    <message>
        <source>Dual-energy system, e.g. cargo-6-4MeV or baggage-160-80kV (default: the scan&apos;s own, from its metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-energy system for --material, e.g. cargo-6-4MeV or baggage-160-80kV (default: the scan&apos;s own, from its metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the file states no pixel size, so lengths and areas are given in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: centre %2, width %3 %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) faulty</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n isolated zero reading(s) where the other energy sees the beam</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preset: auto, full, attenuation, organic, dense, ct-organic, ct-metal, file (the file&apos;s first window) or file:N (its N-th); without one, the scan&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: VOI LUT of %2 entries from %3, %4 bits%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner profile file (default: the workstation&apos;s, when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner whose profile measures the scan (default: the file&apos;s model decides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool analyze FILE [--low FILE] [--declared-empty | --hs CODE,…] [--system NAME | --calibration FILE] [--profiles FILE] [--scanner ID] [-o FINDINGS.json] [--overlay OUT.png]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan-format plugins (run by %1, one file at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABI %1, files %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool info FILE [--low LOW-ENERGY-FILE] [--profiles PROFILES.json] [--scanner ID] | info --plugins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>Folder to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of jobs (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel size in mm (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool demo-jobs -o FOLDER [--count N] [--seed S] [--pixel MM]   (N 1–1000, MM 2–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n synthetic demo job(s) written to %1</source>
        <translation>
            <numerusform>%n synthetic demo job written to %1</numerusform>
            <numerusform>%n synthetic demo jobs written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cip-tool: demo-jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the jobs to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool import-jobs FOLDER --analyst ID [--db FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: import-jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the latest verdict of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: export-tdr: no such verdict in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: export-tdr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool demo-cases -o FOLDER [--pixel MM]   (MM 2–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n synthetic reference case(s) written to %1</source>
        <translation>
            <numerusform>%n synthetic reference case written to %1</numerusform>
            <numerusform>%n synthetic reference cases written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cip-tool: demo-cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool: import-cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases imported, %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user the cases are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cip-tool import-cases FOLDER --user ID [--db FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFolderImport</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than a job document can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes, the job says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SHA-256 differs from the job&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: declaration id %2, but the job names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scans[%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: job %2 is already in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: case %2 is already in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scans[%2].id: scan %3 is already in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scans[%2].id: %3 is listed twice</source>
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
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDownloader</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged on the server (SHA-256 differs %2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be moved into the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerProfileBook</name>
    <message>
        <source>the central system&apos;s profile of scanner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile of scanner %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile of model %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutMap</name>
    <message>
        <source>drawing a mark (cancel, close, delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the mark being drawn; then back to Select; then clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the polygon being drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the polygon&apos;s last point; otherwise delete the selected mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer: images and CT planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer: 3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer: drawing and editing marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>the job list from the server is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case library from the server is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner list from the server is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the telemetry from the server is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner profiles from the server are malformed: %1</source>
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
        <source>cip-tool: %1 cannot be started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cip-tool-jobs runs these cip-tool commands: %1 (see cip-tool --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  cip-tool --version          versions of the program and its libraries
  cip-tool info FILE [--low FILE]  what a scan file is (format, size, channels, reports)
  cip-tool info --plugins     the vendors&apos; scan-format plugins found, and any that cannot be used
  cip-tool render FILE -o OUT.png [options]  the scan as shown (run it without FILE for options)
  cip-tool convert FILE [--low FILE] -o OUT.dcs  the scan as DICOS
  cip-tool analyze FILE [--declared-empty | --hs CODES] [-o JSON] [--overlay PNG]  automatic findings
  cip-tool synth SCENE.json -o FOLDER  a synthetic dual-energy scan with ground truth
  cip-tool synth --random N [--seed S] [--pixel MM] -o FOLDER  labelled random container scenes
  cip-tool demo-jobs -o FOLDER [--count N] [--seed S] [--pixel MM]  synthetic demo jobs with declarations
  cip-tool import-jobs FOLDER --analyst ID [--db FILE]  load a job folder into a database
  cip-tool demo-cases -o FOLDER [--pixel MM]  a synthetic library of reference images
  cip-tool import-cases FOLDER --user ID [--db FILE]  load a case folder into a user&apos;s case library
  cip-tool export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]  a verdict as DICOS TDRs + JSON
  cip-tool db check [FILE] [--anchors ANCHORS.json]  integrity, foreign keys, schema and audit-chain check;
                              with the central system&apos;s anchors, also a chain rewritten after the fact
                              (default FILE: the workstation&apos;s database)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictReport</name>
    <message>
        <source>Verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict on job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened / submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner, port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarant / consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers, scanner read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIP Workstation %1 · printed %2</source>
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
    <message>
        <source>Preset: the window stored in the file (again: its next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector faults: filled in (outlined) or as read (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::AnalystWorkspace</name>
    <message>
        <source>Verdict for %1 saved and queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export last verdict as DICOS TDR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;verdicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening job %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::AnnotationController</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a job before marking the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, attenuation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 g/cm² %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::Authenticator</name>
    <message>
        <source>the workstation runs without a central system (--offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database cannot record the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Offline, you may sign in only in a role the central system granted you last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database cannot check the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Offline, only a user who signed in on this workstation in the last %n day(s) may sign in, with the same password.</source>
        <translation>
            <numerusform>%1. Offline, only a user who signed in on this workstation in the last day may sign in, with the same password.</numerusform>
            <numerusform>%1. Offline, only a user who signed in on this workstation in the last %n days may sign in, with the same password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cip::app::GiveBackController</name>
    <message>
        <source>&amp;Give job back to the central system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is no longer open; nothing was given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not given back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was given back to the central system for another analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was given back; the central system is told as soon as the link returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::GuardedApplication</name>
    <message>
        <source>an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIP Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something failed and was stopped before it could do harm:
%1

Your open job, marks and unsent verdicts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::JobController</name>
    <message>
        <source>Job %1 is not in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: its declaration %2 has not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: its scan has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is being analysed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: the local database failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1 is not one of yours in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1: the local database failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2; a verdict the central system refused is decided again from Refused verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given back</source>
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
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer in its own &amp;window (second monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewer is in its own window. View → Viewer in its own window brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of review without a break.</source>
        <translation>
            <numerusform>%n minute of review without a break.</numerusform>
            <numerusform>%n minutes of review without a break.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have been reviewing images for %n minute(s). A few minutes away from the screen keep detection up.</source>
        <translation>
            <numerusform>You have been reviewing images for %n minute. A few minutes away from the screen keep detection up.</numerusform>
            <numerusform>You have been reviewing images for %n minutes. A few minutes away from the screen keep detection up.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation>
            <numerusform>Remind me in %n minute</numerusform>
            <numerusform>Remind me in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · signed in offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are an analyst&apos;s work; you are signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) of yours have not reached the central system yet. They stay on this workstation and are sent the next time you sign in here.</source>
        <translation>
            <numerusform>%n verdict of yours has not reached the central system yet. It stays on this workstation and is sent the next time you sign in here.</numerusform>
            <numerusform>%n verdicts of yours have not reached the central system yet. They stay on this workstation and are sent the next time you sign in here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system asks you to sign in again. Your open job, your marks and the verdicts waiting to be sent are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n from an offline sign-in, not yet confirmed</source>
        <translation>
            <numerusform> · %n from an offline sign-in, not yet confirmed</numerusform>
            <numerusform> · %n from an offline sign-in, not yet confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::ReferenceController</name>
    <message>
        <source>%1: its image has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::RefusalController</name>
    <message>
        <source>Hand to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: a note for the supervisor (what you saw, why the verdict should stand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused verdicts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system refused a verdict: %1. See Refused verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: the verdict goes to a supervisor with your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over was not recorded: %1</source>
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
        <translation>
            <numerusform>%n automatic finding.</numerusform>
            <numerusform>%n automatic findings.</numerusform>
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
    <message numerus="yes">
        <source>CT volume: %n threat report object(s).</source>
        <translation>
            <numerusform>CT volume: %n threat report object.</numerusform>
            <numerusform>CT volume: %n threat report objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: not classified in CT; the colours show density (CT numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: the image is already in colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: not an X-ray transmission image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: one energy only, no material colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: %1 (default: the file states no energies, scanner or object type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: %1 (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medical CT image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medical image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a baggage scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scan of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CT image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image already rendered in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an X-ray transmission image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic cargo findings are made for container and vehicle scans; this is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT volume: no threat report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baggage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: dead rows %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: stuck rows %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: saturated rows %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: dead columns %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: stuck columns %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: saturated columns %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: %2 dropped blocks in rows %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: dropped block of %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detector fault(s): shown filled in and outlined; K shows the pixels as read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel size unknown: sizes are in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel size %1 × %2 mm, from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::ScannerProfileSource</name>
    <message>
        <source>Scanner profiles not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::SyncController</name>
    <message>
        <source>Central system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · downloading %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 could not be fetched: %2. The next pull tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n scan(s) could not be fetched</source>
        <translation>
            <numerusform> · %n scan could not be fetched</numerusform>
            <numerusform> · %n scans could not be fetched</numerusform>
        </translation>
    </message>
    <message>
        <source>The local database could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was withdrawn by the central system. Your work on it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system did not confirm your offline sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system confirmed your sign-in; your verdicts are being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not record the confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not record the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · signed in offline: not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the central system: nothing is sent until you sign in again (File → Sign in again…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::VerdictController</name>
    <message>
        <source>an open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision (F9 release, F10 refer, F11 inconclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image–declaration checks (still running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark on the scan or a written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment saying what is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment on the failed checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2
Reasons: %3
Marks: %4
Time on the job: %5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict is not complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted — still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::app::VerdictHistoryController</name>
    <message>
        <source>Your verdicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1 is not among your verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan of job %1 is no longer on this workstation; the verdict is shown without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks without the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No declaration on this workstation to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict %1 is not among your verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the verdict into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::client::OutboxSender</name>
    <message>
        <source>the verdict in the outbox is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand-over to a supervisor was refused: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No scan-format plugins are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan-format plugins (each runs in a converter process of its own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::AnnotationPanel</name>
    <message>
        <source>Undeclared goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mark shows</source>
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
    <name>cip::widgets::DeclarationPanel</name>
    <message>
        <source>sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#e04040&apos;&gt;%1 ✖ %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, entry at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;declared empty&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS chapter %1 is not in the nomenclature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n line(s), gross %1 kg, net %2 kg, value %3</source>
        <translation>
            <numerusform>Total: %n line, gross %1 kg, net %2 kg, value %3</numerusform>
            <numerusform>Total: %n lines, gross %1 kg, net %2 kg, value %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::GiveBackDialog</name>
    <message>
        <source>The image cannot be assessed (unreadable, incomplete, wrong scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a specialist (goods or image beyond my competence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of my shift or an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (say what in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give job %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 leaves your queue and goes to another analyst. Why do you give it back? The central system keeps your reason for the supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Optional, except for Other (at most %n character(s))</source>
        <translation>
            <numerusform>Optional, except for Other (at most %n character)</numerusform>
            <numerusform>Optional, except for Other (at most %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note why you give the job back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to %2.</source>
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
    <message>
        <source>The central system no longer lists this job for you (reassigned or cancelled). Your marks are kept; a verdict you submit is checked by the central system like any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system refused your verdict: see Refused verdicts to decide again or hand it to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
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
        <source>The central system is %1.
This workstation holds no job of yours; jobs assigned to you arrive when the link returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by job, container, port, declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency: the nearest deadline first, then the highest priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::KeyReferenceDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewer&apos;s keys act while the image has the keyboard focus (click it once). Workflow keys can be changed under File → Settings → Keyboard.</source>
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
    <name>cip::widgets::ReferencePanel</name>
    <message>
        <source>No reference images for the declared goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical images of the declared goods, best match first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::RefusedVerdictsPanel</name>
    <message>
        <source>The central system refused these verdicts. Each stays here until you decide the job again or hand the verdict to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to a s&amp;upervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::ScannerPanel</name>
    <message>
        <source>No scanner has reported yet. Telemetry arrives with each pull from the central system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 up · in the last 24 h: %3 scans, %4 anomalies, %5 faults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::ScannerStatusModel</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · dual energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
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
    <message>
        <source>Open dual-energy scans in material colours (otherwise greyscale; M switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a break after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cache at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop interrupted downloads after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of delivered verdicts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep scanner telemetry for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans of jobs still in work, verdicts not yet through, refused verdicts not dealt with and the case library are always kept; the least recently used scans of finished jobs go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category names, or codes of lower-case letters, digits and hyphens, separated by commas; the first is the default for new marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file of scanner profiles (pixel size, energies, calibration) for scanners the central system does not describe and for files opened from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner profiles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::ShortcutEditor</name>
    <message>
        <source>%1 is already the key of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default keys</source>
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
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again — CIP Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central system…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictHistoryModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery record no longer kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictHistoryPanel</name>
    <message numerus="yes">
        <source>%n verdict(s) found</source>
        <translation>
            <numerusform>%n verdict found</numerusform>
            <numerusform>%n verdicts found</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a container number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My verdicts — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictPanel</name>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image matches the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container number does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared empty, not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials do not match the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concealment (false wall, compartment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense region hides the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image quality too poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (see comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — required for a referral without marks, and for inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nconclusive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit verdict (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: refer to inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictRecordView</name>
    <message numerus="yes">
        <source>Delivered: the central system acknowledged the verdict at %1 (%n attempt(s)).</source>
        <translation>
            <numerusform>Delivered: the central system acknowledged the verdict at %1 (%n attempt).</numerusform>
            <numerusform>Delivered: the central system acknowledged the verdict at %1 (%n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>Waiting to be sent (%n attempt so far).</numerusform>
            <numerusform>Waiting to be sent (%n attempts so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the central system at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decided the job again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to a supervisor; the central system took it at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to a supervisor; waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation no longer keeps this verdict&apos;s delivery record (removed after the retention period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1, submitted %2, %n minute(s) spent on it</source>
        <translation>
            <numerusform>Opened %1, submitted %2, %n minute spent on it</numerusform>
            <numerusform>Opened %1, submitted %2, %n minutes spent on it</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaces verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the scan against the declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as DICOS TDR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image–declaration checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out again from the scan and the declaration when the verdict is opened.</source>
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
        <source>No verdicts are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed in as %1 (%2)&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Local database: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Jobs are assigned to analysts; this window offers your role&apos;s own work. File → Open scan shows any scan file in the viewer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system is %1: the queue shows only the jobs this workstation already holds (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%n verdict(s) refused by the central system&lt;/b&gt;: see Refused verdicts.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%n verdict refused by the central system&lt;/b&gt;: see Refused verdicts.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%n verdicts refused by the central system&lt;/b&gt;: see Refused verdicts.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Open a job from the queue (double-click or Enter).&lt;/p&gt;</source>
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
        <source>Open this scan in the viewer at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this job at start (&apos;next&apos; for the most urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system&apos;s address (default http://127.0.0.1:8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate(s) of the site authority that signed an https central system&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user: the central system checks the password (CIP_PASSWORD, --password-stdin, or the dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to sign in as: analyst, trainer, trainee, supervisor, admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work without the central system: only a user who signed in here before, verified against the hash kept then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password for --user from standard input (one line); else CIP_PASSWORD, else the dialog asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --role (roles: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
