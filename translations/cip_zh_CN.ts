<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CentralClient</name>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>sign-in refused (%1)</source>
        <translation>登录被拒绝（%1）</translation>
    </message>
    <message>
        <source>the sign-in answer is malformed: %1</source>
        <translation>登录应答格式错误：%1</translation>
    </message>
    <message>
        <source>the central system&apos;s certificate is not trusted (%1); start the workstation with --ca and the site&apos;s CA certificate</source>
        <translation>中心系统的证书不受信任（%1）；请使用 --ca 指定本中心的 CA 证书启动工作站</translation>
    </message>
    <message>
        <source>the central system cannot be reached (%1)</source>
        <translation>无法连接中心系统（%1）</translation>
    </message>
    <message>
        <source>the central system does not know this user name with this password</source>
        <translation>中心系统不认可此用户名与密码</translation>
    </message>
    <message>
        <source>the central system grants this user no role at all</source>
        <translation>中心系统未授予此用户任何角色</translation>
    </message>
    <message>
        <source>the central system does not grant this user that role (granted: %1)</source>
        <translation>中心系统未授予此用户该角色（已授予：%1）</translation>
    </message>
    <message>
        <source>this account is disabled on the central system; ask an administrator</source>
        <translation>此账户已在中心系统中停用，请联系管理员</translation>
    </message>
    <message numerus="yes">
        <source>too many sign-in attempts; try again in %n second(s)</source>
        <translation>
            <numerusform>登录尝试次数过多，请在 %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is plain HTTP to another machine: a password is sent only over HTTPS (or to this machine)</source>
        <translation>%1 是通往其他计算机的明文 HTTP：密码只通过 HTTPS 发送（或发送给本机）</translation>
    </message>
    <message>
        <source>the central system signed this user in without the role asked for</source>
        <translation>中心系统为此用户登录时未授予所请求的角色</translation>
    </message>
</context>
<context>
    <name>DatabaseCheckCommand</name>
    <message>
        <source>cip-tool: db check: %1: cannot be read (%2)</source>
        <translation>cip-tool：数据库检查：%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>cip-tool: db check: %1: not an anchor list: %2</source>
        <translation>cip-tool：数据库检查：%1：不是锚点列表：%2</translation>
    </message>
    <message>
        <source>usage: cip-tool db check [FILE] [--anchors ANCHORS.json]</source>
        <translation>用法：cip-tool db check [文件] [--anchors 锚点.json]</translation>
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
    <message numerus="yes">
        <source>%1: the chain matches the central system&apos;s %n anchor(s) of this workstation</source>
        <translation>
            <numerusform>%1：审计链与中心系统保存的本工作站 %n 个锚点一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationChecks</name>
    <message>
        <source>Container numbers</source>
        <translation>集装箱号</translation>
    </message>
    <message>
        <source>%1 on the declaration is not a valid ISO 6346 number: %2</source>
        <translation>申报单上的 %1 不是有效的 ISO 6346 箱号：%2</translation>
    </message>
    <message>
        <source>The declaration names no container.</source>
        <translation>申报单未列明集装箱。</translation>
    </message>
    <message>
        <source>The scanner read no container number to compare with.</source>
        <translation>扫描设备未读取到可供比对的箱号。</translation>
    </message>
    <message>
        <source>Declared %1, but the scanner read %2.</source>
        <translation>申报为 %1，但扫描设备读取为 %2。</translation>
    </message>
    <message>
        <source>%1: as declared, check digits valid.</source>
        <translation>%1：与申报一致，校验位有效。</translation>
    </message>
    <message>
        <source>Empty container</source>
        <translation>空箱</translation>
    </message>
    <message>
        <source>Declared empty, and nothing was found inside.</source>
        <translation>申报为空箱，箱内未发现物品。</translation>
    </message>
    <message numerus="yes">
        <source>Declared empty, but %n region(s) inside hold something.</source>
        <translation>
            <numerusform>申报为空箱，但箱内有 %n 处区域有物品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods are declared, but the container looks empty.</source>
        <translation>申报有货物，但集装箱看起来是空的。</translation>
    </message>
    <message>
        <source>Goods declared and seen.</source>
        <translation>已申报货物，图像中可见。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Declared empty: see the empty-container check.</source>
        <translation>申报为空箱：见空箱核查。</translation>
    </message>
    <message>
        <source>The scan does not state its pixel size, so the image cannot be weighed.</source>
        <translation>扫描图像未标明像素尺寸，无法由图像估算重量。</translation>
    </message>
    <message>
        <source>No gross weight declared; the image shows about %1 t.</source>
        <translation>未申报毛重；图像显示约 %1 吨。</translation>
    </message>
    <message>
        <source>Declared %1 t, the image shows about %2 t (%3%4 %).</source>
        <translation>申报 %1 吨，图像显示约 %2 吨（%3%4 %）。</translation>
    </message>
    <message>
        <source>Part of the load is beyond penetration, so the image&apos;s weight is a minimum.</source>
        <translation>部分货物超出穿透能力，图像估算重量为下限。</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Declared empty: nothing to compare.</source>
        <translation>申报为空箱：无可比对内容。</translation>
    </message>
    <message>
        <source>A single-energy scan shows no materials.</source>
        <translation>单能扫描无法显示材料类别。</translation>
    </message>
    <message>
        <source>The declared HS chapters have no expected material classes.</source>
        <translation>申报的 HS 章节没有对应的预期材料类别。</translation>
    </message>
    <message>
        <source>The load&apos;s materials fit the declared goods (%1).</source>
        <translation>货物材料与申报货物相符（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 material seen where the declared goods are %2: %n region(s).</source>
        <translation>
            <numerusform>发现%1材料，而申报货物应为%2：%n 处区域。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan is not a container or vehicle scan, so no automatic findings compare it with the declaration.</source>
        <translation>该图像不是集装箱或车辆图像，因此没有自动发现可与申报单比对。</translation>
    </message>
</context>
<context>
    <name>HsChapters</name>
    <message>
        <source>Live animals</source>
        <translation>活动物</translation>
    </message>
    <message>
        <source>Meat and edible meat offal</source>
        <translation>肉及食用杂碎</translation>
    </message>
    <message>
        <source>Fish and crustaceans, molluscs and other aquatic invertebrates</source>
        <translation>鱼、甲壳动物、软体动物及其他水生无脊椎动物</translation>
    </message>
    <message>
        <source>Dairy produce; birds&apos; eggs; natural honey</source>
        <translation>乳品；蛋品；天然蜂蜜</translation>
    </message>
    <message>
        <source>Products of animal origin, not elsewhere specified</source>
        <translation>其他动物产品</translation>
    </message>
    <message>
        <source>Live trees and other plants; cut flowers</source>
        <translation>活树及其他活植物；插花</translation>
    </message>
    <message>
        <source>Edible vegetables and certain roots and tubers</source>
        <translation>食用蔬菜、根及块茎</translation>
    </message>
    <message>
        <source>Edible fruit and nuts; peel of citrus fruit or melons</source>
        <translation>食用水果及坚果；柑橘属水果或甜瓜的果皮</translation>
    </message>
    <message>
        <source>Coffee, tea, maté and spices</source>
        <translation>咖啡、茶、马黛茶及调味香料</translation>
    </message>
    <message>
        <source>Cereals</source>
        <translation>谷物</translation>
    </message>
    <message>
        <source>Products of the milling industry; malt; starches</source>
        <translation>制粉工业产品；麦芽；淀粉</translation>
    </message>
    <message>
        <source>Oil seeds and oleaginous fruits; industrial or medicinal plants</source>
        <translation>含油子仁及果实；工业用或药用植物</translation>
    </message>
    <message>
        <source>Lac; gums, resins and other vegetable saps and extracts</source>
        <translation>虫胶；树胶、树脂及其他植物液、汁</translation>
    </message>
    <message>
        <source>Vegetable plaiting materials</source>
        <translation>编结用植物材料</translation>
    </message>
    <message>
        <source>Animal or vegetable fats and oils</source>
        <translation>动、植物油、脂</translation>
    </message>
    <message>
        <source>Preparations of meat, fish or crustaceans</source>
        <translation>肉、鱼或甲壳动物的制品</translation>
    </message>
    <message>
        <source>Sugars and sugar confectionery</source>
        <translation>糖及糖食</translation>
    </message>
    <message>
        <source>Cocoa and cocoa preparations</source>
        <translation>可可及可可制品</translation>
    </message>
    <message>
        <source>Preparations of cereals, flour, starch or milk; pastrycooks&apos; products</source>
        <translation>谷物、粮食粉、淀粉或乳的制品；糕饼点心</translation>
    </message>
    <message>
        <source>Preparations of vegetables, fruit or nuts</source>
        <translation>蔬菜、水果或坚果的制品</translation>
    </message>
    <message>
        <source>Miscellaneous edible preparations</source>
        <translation>杂项食品</translation>
    </message>
    <message>
        <source>Beverages, spirits and vinegar</source>
        <translation>饮料、酒及醋</translation>
    </message>
    <message>
        <source>Residues from the food industries; prepared animal fodder</source>
        <translation>食品工业的残渣及废料；配制的动物饲料</translation>
    </message>
    <message>
        <source>Tobacco and manufactured tobacco substitutes</source>
        <translation>烟草及烟草代用品的制品</translation>
    </message>
    <message>
        <source>Salt; sulphur; earths and stone; plaster, lime and cement</source>
        <translation>盐；硫磺；泥土及石料；石膏料、石灰及水泥</translation>
    </message>
    <message>
        <source>Ores, slag and ash</source>
        <translation>矿砂、矿渣及矿灰</translation>
    </message>
    <message>
        <source>Mineral fuels and oils; bituminous substances; mineral waxes</source>
        <translation>矿物燃料、矿物油；沥青物质；矿物蜡</translation>
    </message>
    <message>
        <source>Inorganic chemicals</source>
        <translation>无机化学品</translation>
    </message>
    <message>
        <source>Organic chemicals</source>
        <translation>有机化学品</translation>
    </message>
    <message>
        <source>Pharmaceutical products</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Fertilisers</source>
        <translation>肥料</translation>
    </message>
    <message>
        <source>Tanning or dyeing extracts; dyes, pigments, paints and varnishes; inks</source>
        <translation>鞣料浸膏及染料浸膏；染料、颜料、油漆；墨水</translation>
    </message>
    <message>
        <source>Essential oils; perfumery, cosmetic or toilet preparations</source>
        <translation>精油；芳香料制品及化妆盥洗品</translation>
    </message>
    <message>
        <source>Soap, washing preparations, lubricants, waxes, candles</source>
        <translation>肥皂、洗涤剂、润滑剂、蜡、蜡烛</translation>
    </message>
    <message>
        <source>Albuminoidal substances; modified starches; glues; enzymes</source>
        <translation>蛋白类物质；改性淀粉；胶；酶</translation>
    </message>
    <message>
        <source>Explosives; pyrotechnic products; matches</source>
        <translation>炸药；烟火制品；火柴</translation>
    </message>
    <message>
        <source>Photographic or cinematographic goods</source>
        <translation>照相及电影用品</translation>
    </message>
    <message>
        <source>Miscellaneous chemical products</source>
        <translation>杂项化学产品</translation>
    </message>
    <message>
        <source>Plastics and articles thereof</source>
        <translation>塑料及其制品</translation>
    </message>
    <message>
        <source>Rubber and articles thereof</source>
        <translation>橡胶及其制品</translation>
    </message>
    <message>
        <source>Raw hides and skins (other than furskins) and leather</source>
        <translation>生皮（毛皮除外）及皮革</translation>
    </message>
    <message>
        <source>Articles of leather; saddlery; handbags and travel goods</source>
        <translation>皮革制品；鞍具；手提包及旅行用品</translation>
    </message>
    <message>
        <source>Furskins and artificial fur; manufactures thereof</source>
        <translation>毛皮、人造毛皮及其制品</translation>
    </message>
    <message>
        <source>Wood and articles of wood; wood charcoal</source>
        <translation>木及木制品；木炭</translation>
    </message>
    <message>
        <source>Cork and articles of cork</source>
        <translation>软木及软木制品</translation>
    </message>
    <message>
        <source>Manufactures of straw or other plaiting materials; basketware</source>
        <translation>稻草或其他编结材料制品；篮筐</translation>
    </message>
    <message>
        <source>Pulp of wood or other fibrous cellulosic material; recovered paper</source>
        <translation>木浆及其他纤维状纤维素浆；回收纸</translation>
    </message>
    <message>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation>纸及纸板；纸浆、纸或纸板制品</translation>
    </message>
    <message>
        <source>Printed books, newspapers, pictures and other printed matter</source>
        <translation>书籍、报纸、印刷图画及其他印刷品</translation>
    </message>
    <message>
        <source>Silk</source>
        <translation>蚕丝</translation>
    </message>
    <message>
        <source>Wool, fine or coarse animal hair; horsehair yarn and woven fabric</source>
        <translation>羊毛、动物细毛或粗毛；马毛纱线及其机织物</translation>
    </message>
    <message>
        <source>Cotton</source>
        <translation>棉花</translation>
    </message>
    <message>
        <source>Other vegetable textile fibres; paper yarn</source>
        <translation>其他植物纺织纤维；纸纱线</translation>
    </message>
    <message>
        <source>Man-made filaments</source>
        <translation>化学纤维长丝</translation>
    </message>
    <message>
        <source>Man-made staple fibres</source>
        <translation>化学纤维短纤</translation>
    </message>
    <message>
        <source>Wadding, felt and nonwovens; special yarns; twine, cordage, ropes</source>
        <translation>絮胎、毡呢及无纺织物；特种纱线；线、绳、索、缆</translation>
    </message>
    <message>
        <source>Carpets and other textile floor coverings</source>
        <translation>地毯及纺织材料的其他铺地制品</translation>
    </message>
    <message>
        <source>Special woven fabrics; tufted fabrics; lace; tapestries</source>
        <translation>特种机织物；簇绒织物；花边；装饰毯</translation>
    </message>
    <message>
        <source>Impregnated, coated, covered or laminated textile fabrics</source>
        <translation>浸渍、涂布、包覆或层压的纺织物</translation>
    </message>
    <message>
        <source>Knitted or crocheted fabrics</source>
        <translation>针织物及钩编织物</translation>
    </message>
    <message>
        <source>Articles of apparel, knitted or crocheted</source>
        <translation>针织或钩编的服装</translation>
    </message>
    <message>
        <source>Articles of apparel, not knitted or crocheted</source>
        <translation>非针织或非钩编的服装</translation>
    </message>
    <message>
        <source>Other made up textile articles; worn clothing; rags</source>
        <translation>其他纺织制成品；旧衣着；碎织物</translation>
    </message>
    <message>
        <source>Footwear, gaiters and the like</source>
        <translation>鞋靴、护腿和类似品</translation>
    </message>
    <message>
        <source>Headgear and parts thereof</source>
        <translation>帽类及其零件</translation>
    </message>
    <message>
        <source>Umbrellas, walking sticks, whips</source>
        <translation>雨伞、手杖、鞭子</translation>
    </message>
    <message>
        <source>Prepared feathers and down; artificial flowers; articles of human hair</source>
        <translation>已加工羽毛、羽绒；人造花；人发制品</translation>
    </message>
    <message>
        <source>Articles of stone, plaster, cement, asbestos, mica</source>
        <translation>石料、石膏、水泥、石棉、云母制品</translation>
    </message>
    <message>
        <source>Ceramic products</source>
        <translation>陶瓷产品</translation>
    </message>
    <message>
        <source>Glass and glassware</source>
        <translation>玻璃及其制品</translation>
    </message>
    <message>
        <source>Pearls, precious stones and metals; imitation jewellery; coin</source>
        <translation>珍珠、宝石及贵金属；仿首饰；硬币</translation>
    </message>
    <message>
        <source>Iron and steel</source>
        <translation>钢铁</translation>
    </message>
    <message>
        <source>Articles of iron or steel</source>
        <translation>钢铁制品</translation>
    </message>
    <message>
        <source>Copper and articles thereof</source>
        <translation>铜及其制品</translation>
    </message>
    <message>
        <source>Nickel and articles thereof</source>
        <translation>镍及其制品</translation>
    </message>
    <message>
        <source>Aluminium and articles thereof</source>
        <translation>铝及其制品</translation>
    </message>
    <message>
        <source>(reserved)</source>
        <translation>（保留）</translation>
    </message>
    <message>
        <source>Lead and articles thereof</source>
        <translation>铅及其制品</translation>
    </message>
    <message>
        <source>Zinc and articles thereof</source>
        <translation>锌及其制品</translation>
    </message>
    <message>
        <source>Tin and articles thereof</source>
        <translation>锡及其制品</translation>
    </message>
    <message>
        <source>Other base metals; cermets; articles thereof</source>
        <translation>其他贱金属、金属陶瓷及其制品</translation>
    </message>
    <message>
        <source>Tools, implements, cutlery of base metal</source>
        <translation>贱金属工具、器具、利口器</translation>
    </message>
    <message>
        <source>Miscellaneous articles of base metal</source>
        <translation>贱金属杂项制品</translation>
    </message>
    <message>
        <source>Nuclear reactors, boilers, machinery and mechanical appliances</source>
        <translation>核反应堆、锅炉、机器、机械器具</translation>
    </message>
    <message>
        <source>Electrical machinery and equipment; sound and television recorders</source>
        <translation>电机、电气设备；录音机及电视图像、声音的录制设备</translation>
    </message>
    <message>
        <source>Railway or tramway locomotives, rolling stock and track fixtures</source>
        <translation>铁道及电车道机车、车辆及轨道固定装置</translation>
    </message>
    <message>
        <source>Vehicles other than railway or tramway rolling stock</source>
        <translation>车辆（铁道及电车道车辆除外）</translation>
    </message>
    <message>
        <source>Aircraft, spacecraft and parts thereof</source>
        <translation>航空器、航天器及其零件</translation>
    </message>
    <message>
        <source>Ships, boats and floating structures</source>
        <translation>船舶及浮动结构体</translation>
    </message>
    <message>
        <source>Optical, photographic, measuring, checking and medical instruments</source>
        <translation>光学、照相、计量、检验、医疗仪器及设备</translation>
    </message>
    <message>
        <source>Clocks and watches</source>
        <translation>钟表及其零件</translation>
    </message>
    <message>
        <source>Musical instruments</source>
        <translation>乐器</translation>
    </message>
    <message>
        <source>Arms and ammunition</source>
        <translation>武器、弹药</translation>
    </message>
    <message>
        <source>Furniture; bedding; lamps; prefabricated buildings</source>
        <translation>家具；寝具；灯具；活动房屋</translation>
    </message>
    <message>
        <source>Toys, games and sports requisites</source>
        <translation>玩具、游戏品、运动用品</translation>
    </message>
    <message>
        <source>Miscellaneous manufactured articles</source>
        <translation>杂项制品</translation>
    </message>
    <message>
        <source>Works of art, collectors&apos; pieces and antiques</source>
        <translation>艺术品、收藏品及古物</translation>
    </message>
</context>
<context>
    <name>ImagingCommands</name>
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
        <source>Also write the findings drawn on the image (PNG).</source>
        <translation>同时写出标注了发现的图像（PNG）。</translation>
    </message>
    <message>
        <source>Scan file.</source>
        <translation>图像文件。</translation>
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
    <message>
        <source>Dual-energy system, e.g. cargo-6-4MeV or baggage-160-80kV (default: the scan&apos;s own, from its metadata).</source>
        <translation>双能系统，例如 cargo-6-4MeV 或 baggage-160-80kV（默认：按扫描文件元数据确定的系统）。</translation>
    </message>
    <message>
        <source>materials: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Dual-energy system for --material, e.g. cargo-6-4MeV or baggage-160-80kV (default: the scan&apos;s own, from its metadata).</source>
        <translation>--material 使用的双能系统，例如 cargo-6-4MeV 或 baggage-160-80kV（默认：按扫描文件元数据确定的系统）。</translation>
    </message>
    <message>
        <source>not analysed: %1</source>
        <translation>未分析：%1</translation>
    </message>
    <message>
        <source>unknown: the file states no pixel size, so lengths and areas are given in pixels</source>
        <translation>未知：文件未标明像素尺寸，长度和面积以像素给出</translation>
    </message>
    <message>
        <source>File windows</source>
        <translation>文件窗口</translation>
    </message>
    <message>
        <source>%1: centre %2, width %3 %4%5</source>
        <translation>%1：窗位 %2，窗宽 %3 %4%5</translation>
    </message>
    <message>
        <source>Default display</source>
        <translation>默认显示</translation>
    </message>
    <message>
        <source>Detector faults</source>
        <translation>探测器故障</translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) faulty</source>
        <translation>
            <numerusform>%n 个像素故障</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n isolated zero reading(s) where the other energy sees the beam</source>
        <translation>
            <numerusform>  %n 个孤立的零读数（另一能量通道仍有射线）</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset: auto, full, attenuation, organic, dense, ct-organic, ct-metal, file (the file&apos;s first window) or file:N (its N-th); without one, the scan&apos;s default.</source>
        <translation>预设：auto、full、attenuation、organic、dense、ct-organic、ct-metal、file（文件的第一个窗口）或 file:N（第 N 个窗口）；不指定时使用该图像的默认显示。</translation>
    </message>
    <message>
        <source>%1: VOI LUT of %2 entries from %3, %4 bits%5</source>
        <translation>%1：VOI 查找表，%2 项，起始值 %3，%4 位%5</translation>
    </message>
    <message>
        <source>Scanner profile file (default: the workstation&apos;s, when there is one).</source>
        <translation>扫描设备配置文件（默认：工作站的配置文件，如有）。</translation>
    </message>
    <message>
        <source>The scanner whose profile measures the scan (default: the file&apos;s model decides).</source>
        <translation>用其配置测量该扫描的扫描设备（默认：由文件中的型号决定）。</translation>
    </message>
    <message>
        <source>usage: cip-tool analyze FILE [--low FILE] [--declared-empty | --hs CODE,…] [--system NAME | --calibration FILE] [--profiles FILE] [--scanner ID] [-o FINDINGS.json] [--overlay OUT.png]</source>
        <translation>用法：cip-tool analyze 文件 [--low 文件] [--declared-empty | --hs 编码,…] [--system 名称 | --calibration 文件] [--profiles 文件] [--scanner 编号] [-o 结果.json] [--overlay 输出.png]</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation>（来自%1）</translation>
    </message>
    <message>
        <source>Scanner profile</source>
        <translation>扫描设备配置</translation>
    </message>
    <message>
        <source>Scan-format plugins (run by %1, one file at a time)</source>
        <translation>扫描格式插件（由 %1 运行，每次一个文件）</translation>
    </message>
    <message>
        <source>Folders searched: %1</source>
        <translation>搜索的文件夹：%1</translation>
    </message>
    <message>
        <source>ABI %1, files %2</source>
        <translation>ABI %1，文件 %2</translation>
    </message>
    <message>
        <source>not used: %1: %2</source>
        <translation>未使用：%1：%2</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>未安装任何插件</translation>
    </message>
    <message>
        <source>usage: cip-tool info FILE [--low LOW-ENERGY-FILE] [--profiles PROFILES.json] [--scanner ID] | info --plugins</source>
        <translation>用法：cip-tool info 文件 [--low 低能文件] [--profiles 配置.json] [--scanner 编号] | info --plugins</translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>Folder to write to.</source>
        <translation>写入的文件夹。</translation>
    </message>
    <message>
        <source>Number of jobs (default 12).</source>
        <translation>任务数量（默认 12）。</translation>
    </message>
    <message>
        <source>Seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Pixel size in mm (default 10).</source>
        <translation>像素尺寸，毫米（默认 10）。</translation>
    </message>
    <message>
        <source>usage: cip-tool demo-jobs -o FOLDER [--count N] [--seed S] [--pixel MM]   (N 1–1000, MM 2–50)</source>
        <translation>用法：cip-tool demo-jobs -o 文件夹 [--count N] [--seed S] [--pixel 毫米]   （N 1–1000，毫米 2–50）</translation>
    </message>
    <message numerus="yes">
        <source>%n synthetic demo job(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个合成演示任务写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cip-tool: demo-jobs: %1</source>
        <translation>cip-tool：demo-jobs：%1</translation>
    </message>
    <message>
        <source>Assign the jobs to this user.</source>
        <translation>将任务分配给此用户。</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>usage: cip-tool import-jobs FOLDER --analyst ID [--db FILE]</source>
        <translation>用法：cip-tool import-jobs 文件夹 --analyst 用户ID [--db 文件]</translation>
    </message>
    <message>
        <source>cip-tool: import-jobs: %1</source>
        <translation>cip-tool：import-jobs：%1</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 refused</source>
        <translation>已导入 %1 个，已存在 %2 个，拒绝 %3 个</translation>
    </message>
    <message>
        <source>The verdict to export.</source>
        <translation>要导出的结论。</translation>
    </message>
    <message>
        <source>Export the latest verdict of this job.</source>
        <translation>导出该任务的最新结论。</translation>
    </message>
    <message>
        <source>usage: cip-tool export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]</source>
        <translation>用法：cip-tool export-tdr (--verdict 结论ID | --job 任务ID) -o 文件夹 [--db 文件]</translation>
    </message>
    <message>
        <source>cip-tool: export-tdr: no such verdict in %1</source>
        <translation>cip-tool：export-tdr：%1 中没有此结论</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>cip-tool: export-tdr: %1</source>
        <translation>cip-tool：export-tdr：%1</translation>
    </message>
    <message>
        <source>usage: cip-tool demo-cases -o FOLDER [--pixel MM]   (MM 2–50)</source>
        <translation>用法：cip-tool demo-cases -o 文件夹 [--pixel 毫米]   （毫米 2–50）</translation>
    </message>
    <message numerus="yes">
        <source>%n synthetic reference case(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个合成参考案例写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cip-tool: demo-cases: %1</source>
        <translation>cip-tool：demo-cases：%1</translation>
    </message>
    <message>
        <source>cip-tool: import-cases: %1</source>
        <translation>cip-tool：import-cases：%1</translation>
    </message>
    <message>
        <source>%1 cases imported, %2 refused</source>
        <translation>已导入 %1 个案例，拒绝 %2 个</translation>
    </message>
    <message>
        <source>The user the cases are for.</source>
        <translation>这些案例所属的用户。</translation>
    </message>
    <message>
        <source>usage: cip-tool import-cases FOLDER --user ID [--db FILE]</source>
        <translation>用法：cip-tool import-cases 文件夹 --user 用户ID [--db 文件]</translation>
    </message>
</context>
<context>
    <name>JobFolderImport</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: larger than a job document can be</source>
        <translation>%1：超过任务文档允许的大小</translation>
    </message>
    <message>
        <source>%1: missing or unreadable</source>
        <translation>%1：缺失或无法读取</translation>
    </message>
    <message>
        <source>%1: %2 bytes, the job says %3</source>
        <translation>%1：%2 字节，任务中为 %3</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: SHA-256 differs from the job&apos;s</source>
        <translation>%1：SHA-256 与任务中的不一致</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: declaration id %2, but the job names %3</source>
        <translation>%1：申报单编号为 %2，但任务指向 %3</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
    <message>
        <source>%1: scans[%2]: %3</source>
        <translation>%1：scans[%2]：%3</translation>
    </message>
    <message>
        <source>%1: id: job %2 is already in %3</source>
        <translation>%1：id：任务 %2 已在 %3 中</translation>
    </message>
    <message>
        <source>%1: id: case %2 is already in %3</source>
        <translation>%1：id：案例 %2 已在 %3 中</translation>
    </message>
    <message>
        <source>%1: scans[%2].id: scan %3 is already in %4</source>
        <translation>%1：scans[%2].id：扫描 %3 已在 %4 中</translation>
    </message>
    <message>
        <source>%1: scans[%2].id: %3 is listed twice</source>
        <translation>%1：scans[%2].id：%3 列出了两次</translation>
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
    <message>
        <source>high</source>
        <translation>高能</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低能</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>ScanDownloader</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: damaged on the server (SHA-256 differs %2 times)</source>
        <translation>%1：服务器上的文件已损坏（SHA-256 %2 次不符）</translation>
    </message>
    <message>
        <source>%1: cannot be moved into the cache</source>
        <translation>%1：无法移入缓存</translation>
    </message>
</context>
<context>
    <name>ScannerProfileBook</name>
    <message>
        <source>the central system&apos;s profile of scanner %1</source>
        <translation>中心系统中扫描设备 %1 的配置</translation>
    </message>
    <message>
        <source>the profile of scanner %1 in %2</source>
        <translation>%2 中扫描设备 %1 的配置</translation>
    </message>
    <message>
        <source>the profile of model %1 in %2</source>
        <translation>%2 中型号 %1 的配置</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ShortcutMap</name>
    <message>
        <source>drawing a mark (cancel, close, delete)</source>
        <translation>绘制标注（取消、闭合、删除）</translation>
    </message>
    <message>
        <source>Cancel the mark being drawn; then back to Select; then clear the selection</source>
        <translation>取消正在画的标注；再按回到选择工具；再按清除选择</translation>
    </message>
    <message>
        <source>Close the polygon being drawn</source>
        <translation>闭合正在画的多边形</translation>
    </message>
    <message>
        <source>Drop the polygon&apos;s last point; otherwise delete the selected mark</source>
        <translation>删除多边形的最后一个点；否则删除选中的标注</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>删除选中的标注</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Viewer: images and CT planes</source>
        <translation>查看器：图像与 CT 切面</translation>
    </message>
    <message>
        <source>Viewer: 3D view</source>
        <translation>查看器：三维视图</translation>
    </message>
    <message>
        <source>Viewer: drawing and editing marks</source>
        <translation>查看器：绘制和编辑标注</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>the job list from the server is malformed: %1</source>
        <translation>服务器返回的任务列表格式错误：%1</translation>
    </message>
    <message>
        <source>the case library from the server is malformed: %1</source>
        <translation>服务器返回的案例库格式错误：%1</translation>
    </message>
    <message>
        <source>the scanner list from the server is malformed: %1</source>
        <translation>服务器返回的设备列表格式错误：%1</translation>
    </message>
    <message>
        <source>the telemetry from the server is malformed: %1</source>
        <translation>服务器返回的设备运行数据格式错误：%1</translation>
    </message>
    <message>
        <source>the scanner profiles from the server are malformed: %1</source>
        <translation>服务器发来的扫描设备配置格式错误：%1</translation>
    </message>
</context>
<context>
    <name>ToolCommands</name>
    <message>
        <source>cip-tool: unknown command &apos;%1&apos;</source>
        <translation>cip-tool：未知命令“%1”</translation>
    </message>
    <message>
        <source>cip-tool: %1 cannot be started (%2)</source>
        <translation>cip-tool：无法启动 %1（%2）</translation>
    </message>
    <message>
        <source>cip-tool-jobs runs these cip-tool commands: %1 (see cip-tool --help)</source>
        <translation>cip-tool-jobs 执行以下 cip-tool 命令：%1（见 cip-tool --help）</translation>
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
        <translation>用法：
  cip-tool --version          程序及其库的版本
  cip-tool info 文件 [--low 文件]  扫描文件的信息（格式、尺寸、通道、报告）
  cip-tool info --plugins     找到的厂商扫描格式插件，以及无法使用的插件
  cip-tool render 文件 -o 输出.png [选项]  按显示效果输出扫描图像（不带文件运行可查看选项）
  cip-tool convert 文件 [--low 文件] -o 输出.dcs  将扫描转换为 DICOS
  cip-tool analyze 文件 [--declared-empty | --hs 编码] [-o JSON] [--overlay PNG]  自动发现
  cip-tool synth 场景.json -o 文件夹  带真值的合成双能扫描
  cip-tool synth --random N [--seed S] [--pixel 毫米] -o 文件夹  带标签的随机集装箱场景
  cip-tool demo-jobs -o 文件夹 [--count N] [--seed S] [--pixel 毫米]  带申报单的合成演示任务
  cip-tool import-jobs 文件夹 --analyst 用户ID [--db 文件]  将任务文件夹载入数据库
  cip-tool demo-cases -o 文件夹 [--pixel 毫米]  合成的参考图像库
  cip-tool import-cases 文件夹 --user 用户ID [--db 文件]  将案例文件夹载入该用户的案例库
  cip-tool export-tdr (--verdict 结论ID | --job 任务ID) -o 文件夹 [--db 文件]  将结论导出为 DICOS TDR + JSON
  cip-tool db check [文件] [--anchors 锚点.json]  完整性、外键、结构版本和审计链检查；
                              提供中心系统的锚点时，还能发现事后被改写的审计链
                              （默认文件：工作站的数据库）
</translation>
    </message>
</context>
<context>
    <name>VerdictReport</name>
    <message>
        <source>Verdict %1</source>
        <translation>结论 %1</translation>
    </message>
    <message>
        <source>Verdict on job %1</source>
        <translation>任务 %1 的结论</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>审图员</translation>
    </message>
    <message>
        <source>Opened / submitted</source>
        <translation>打开 / 提交</translation>
    </message>
    <message>
        <source>Time on the job</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Scanner, port</source>
        <translation>扫描设备、口岸</translation>
    </message>
    <message>
        <source>Verdict id</source>
        <translation>结论编号</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>declaration line %1</source>
        <translation>申报第 %1 行</translation>
    </message>
    <message>
        <source>Image and declaration</source>
        <translation>图像与申报</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>申报单 %1</translation>
    </message>
    <message>
        <source>Declarant / consignee</source>
        <translation>申报人 / 收货人</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Containers, scanner read</source>
        <translation>集装箱（申报）；扫描读取</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>declared empty</source>
        <translation>申报为空箱</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Total gross</source>
        <translation>毛重合计</translation>
    </message>
    <message>
        <source>CIP Workstation %1 · printed %2</source>
        <translation>CIP 工作站 %1 · 打印于 %2</translation>
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
    <message>
        <source>Preset: the window stored in the file (again: its next one)</source>
        <translation>预设：文件自带的窗口（再按一次：下一个窗口）</translation>
    </message>
    <message>
        <source>Detector faults: filled in (outlined) or as read (hatched)</source>
        <translation>探测器故障：插值填补（描边）或原始像素（斜线阴影）</translation>
    </message>
</context>
<context>
    <name>cip::app::AnalystWorkspace</name>
    <message>
        <source>Verdict for %1 saved and queued for sending.</source>
        <translation>%1 的结论已保存并加入待发送队列。</translation>
    </message>
    <message>
        <source>&amp;Export last verdict as DICOS TDR…</source>
        <translation>导出最近的结论为 DICOS TDR(&amp;E)…</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申报单</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>&amp;Next job</source>
        <translation>下一个任务(&amp;N)</translation>
    </message>
    <message>
        <source>Refused verdicts</source>
        <translation>被拒绝的结论</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>My &amp;verdicts…</source>
        <translation>我的结论(&amp;V)…</translation>
    </message>
    <message>
        <source>Opening job %1…</source>
        <translation>正在打开任务 %1…</translation>
    </message>
</context>
<context>
    <name>cip::app::AnnotationController</name>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手绘</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>标尺</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Text mark</source>
        <translation>文字标注</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>移动标注</translation>
    </message>
    <message>
        <source>Edit mark</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <source>Open a job before marking the scan.</source>
        <translation>请先打开任务再标注图像。</translation>
    </message>
    <message>
        <source>Add mark</source>
        <translation>添加标注</translation>
    </message>
    <message>
        <source>The mark could not be saved: %1</source>
        <translation>标注未能保存：%1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 px²</source>
        <translation>%1 平方像素</translation>
    </message>
    <message>
        <source>, attenuation %1</source>
        <translation>，衰减 %1</translation>
    </message>
    <message>
        <source>, %1 g/cm² %2</source>
        <translation>，%1 g/cm² %2</translation>
    </message>
    <message>
        <source>, about %1 kg</source>
        <translation>，约 %1 千克</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>文字“%1”</translation>
    </message>
    <message>
        <source>ruler</source>
        <translation>标尺</translation>
    </message>
    <message>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cip::app::Authenticator</name>
    <message>
        <source>the workstation runs without a central system (--offline)</source>
        <translation>工作站在没有中心系统的情况下运行（--offline）</translation>
    </message>
    <message>
        <source>the local database cannot record the sign-in: %1</source>
        <translation>本地数据库无法记录此次登录：%1</translation>
    </message>
    <message>
        <source>%1. Offline, you may sign in only in a role the central system granted you last time.</source>
        <translation>%1。离线时，只能以中心系统上次授予您的角色登录。</translation>
    </message>
    <message>
        <source>the local database cannot check the sign-in: %1</source>
        <translation>本地数据库无法核验此次登录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1. Offline, only a user who signed in on this workstation in the last %n day(s) may sign in, with the same password.</source>
        <translation>
            <numerusform>%1。离线时，只有最近 %n 天内在本工作站登录过的用户可以用相同的密码登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cip::app::GiveBackController</name>
    <message>
        <source>&amp;Give job back to the central system…</source>
        <translation>将任务退回中心系统(&amp;G)…</translation>
    </message>
    <message>
        <source>Job %1 is no longer open; nothing was given back.</source>
        <translation>任务 %1 已不再打开；未退回任何内容。</translation>
    </message>
    <message>
        <source>Job %1 was not given back: %2</source>
        <translation>任务 %1 未能退回：%2</translation>
    </message>
    <message>
        <source>Job %1 was given back to the central system for another analyst.</source>
        <translation>任务 %1 已退回中心系统，将分派给其他审图员。</translation>
    </message>
    <message>
        <source>Job %1 was given back; the central system is told as soon as the link returns.</source>
        <translation>任务 %1 已退回；连接恢复后将立即通知中心系统。</translation>
    </message>
</context>
<context>
    <name>cip::app::GuardedApplication</name>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>CIP Workstation</source>
        <translation>CIP 工作站</translation>
    </message>
    <message>
        <source>Something failed and was stopped before it could do harm:
%1

Your open job, marks and unsent verdicts are kept.</source>
        <translation>发生了故障，已在造成损害之前被阻止：
%1

您打开的任务、标记和未发送的结论均已保留。</translation>
    </message>
</context>
<context>
    <name>cip::app::HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>用户指南(&amp;U)…</translation>
    </message>
    <message>
        <source>The user guide is missing from this build (%1).</source>
        <translation>此版本缺少用户指南（%1）。</translation>
    </message>
</context>
<context>
    <name>cip::app::JobController</name>
    <message>
        <source>Job %1 is not in the local database.</source>
        <translation>任务 %1 不在本地数据库中。</translation>
    </message>
    <message>
        <source>Job %1: its declaration %2 has not arrived yet.</source>
        <translation>任务 %1：其申报单 %2 尚未到达。</translation>
    </message>
    <message>
        <source>Job %1: its scan has not been downloaded yet.</source>
        <translation>任务 %1：其扫描图像尚未下载。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>The scan is being analysed…</source>
        <translation>正在分析扫描图像…</translation>
    </message>
    <message>
        <source>Job %1: the local database failed: %2</source>
        <translation>任务 %1：本地数据库出错：%2</translation>
    </message>
    <message>
        <source>No job is waiting.</source>
        <translation>没有等待处理的任务。</translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation>本地数据库出错：%1</translation>
    </message>
    <message>
        <source>Job %1 is not assigned to you.</source>
        <translation>任务 %1 未分配给您。</translation>
    </message>
    <message>
        <source>Verdict %1 is not one of yours in the local database.</source>
        <translation>本地数据库中的结论 %1 不是您的。</translation>
    </message>
    <message>
        <source>Verdict %1: the local database failed: %2</source>
        <translation>结论 %1：本地数据库出错：%2</translation>
    </message>
    <message>
        <source>Job %1 is %2; a verdict the central system refused is decided again from Refused verdicts.</source>
        <translation>任务 %1 %2；被中心系统拒绝的结论请在“被拒绝的结论”中重新作结论。</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已作结论</translation>
    </message>
    <message>
        <source>given back</source>
        <translation>已退回</translation>
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
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>Viewer in its own &amp;window (second monitor)</source>
        <translation>图像窗口独立显示(&amp;W)（第二显示器）</translation>
    </message>
    <message>
        <source>The viewer is in its own window. View → Viewer in its own window brings it back.</source>
        <translation>图像显示在独立窗口中。通过“视图 → 图像窗口独立显示”可将其放回。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of review without a break.</source>
        <translation>
            <numerusform>已连续审图 %n 分钟未休息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <translation>该稍作休息了</translation>
    </message>
    <message numerus="yes">
        <source>You have been reviewing images for %n minute(s). A few minutes away from the screen keep detection up.</source>
        <translation>
            <numerusform>您已连续审图 %n 分钟。离开屏幕几分钟有助于保持查验能力。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后提醒我</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>扫描设备</translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation>本地数据库出错：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · signed in offline</source>
        <translation>%1 · %2 · 离线登录</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Jobs are an analyst&apos;s work; you are signed in as %1.</source>
        <translation>任务属于分析员的工作；您当前以%1身份登录。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) of yours have not reached the central system yet. They stay on this workstation and are sent the next time you sign in here.</source>
        <translation>
            <numerusform>您有 %n 条结论尚未送达中心系统。它们保留在本工作站，将在您下次在此登录时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>保持登录</translation>
    </message>
    <message>
        <source>The central system asks you to sign in again. Your open job, your marks and the verdicts waiting to be sent are kept.</source>
        <translation>中心系统要求您重新登录。您打开的任务、标记以及等待发送的结论均已保留。</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>已重新登录。</translation>
    </message>
    <message numerus="yes">
        <source> · %n from an offline sign-in, not yet confirmed</source>
        <translation>
            <numerusform> · 其中 %n 条来自离线登录，尚未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>重新登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>剖面</translation>
    </message>
    <message>
        <source>Scans (%1);;All files (*)</source>
        <translation>扫描图像 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cip::app::ReferenceController</name>
    <message>
        <source>%1: its image has not been downloaded yet.</source>
        <translation>%1：其图像尚未下载。</translation>
    </message>
    <message>
        <source>The reference image cannot be shown: %1</source>
        <translation>无法显示参考图像：%1</translation>
    </message>
</context>
<context>
    <name>cip::app::RefusalController</name>
    <message>
        <source>Hand to a supervisor</source>
        <translation>移交主管</translation>
    </message>
    <message>
        <source>Job %1: a note for the supervisor (what you saw, why the verdict should stand):</source>
        <translation>任务 %1：给主管的说明（您看到了什么，为什么该结论应当成立）：</translation>
    </message>
    <message>
        <source>The refused verdicts cannot be read: %1</source>
        <translation>无法读取被拒绝的结论：%1</translation>
    </message>
    <message>
        <source>The central system refused a verdict: %1. See Refused verdicts.</source>
        <translation>中心系统拒绝了一条结论：%1。请查看&quot;被拒绝的结论&quot;。</translation>
    </message>
    <message>
        <source>Job %1: the verdict goes to a supervisor with your note.</source>
        <translation>任务 %1：该结论将连同您的说明交给主管。</translation>
    </message>
    <message>
        <source>The hand-over was not recorded: %1</source>
        <translation>移交未能记录：%1</translation>
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
    <message numerus="yes">
        <source>CT volume: %n threat report object(s).</source>
        <translation>
            <numerusform>CT 体数据：判图报告中有 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Materials: not classified in CT; the colours show density (CT numbers).</source>
        <translation>材料：CT 中不做分类；颜色表示密度（CT 值）。</translation>
    </message>
    <message>
        <source>Materials: the image is already in colour.</source>
        <translation>材料：图像本身已是彩色。</translation>
    </message>
    <message>
        <source>Materials: not an X-ray transmission image.</source>
        <translation>材料：不是 X 射线透射图像。</translation>
    </message>
    <message>
        <source>Materials: one energy only, no material colours.</source>
        <translation>材料：仅有单一能量，无材料着色。</translation>
    </message>
    <message>
        <source>Materials: %1 (default: the file states no energies, scanner or object type).</source>
        <translation>材料：%1（默认：文件未说明能量、扫描设备或检查对象类型）。</translation>
    </message>
    <message>
        <source>Materials: %1 (from %2).</source>
        <translation>材料：%1（依据 %2）。</translation>
    </message>
    <message>
        <source>a medical CT image</source>
        <translation>医用 CT 图像</translation>
    </message>
    <message>
        <source>a medical image</source>
        <translation>医学图像</translation>
    </message>
    <message>
        <source>a baggage scan</source>
        <translation>行李图像</translation>
    </message>
    <message>
        <source>a scan of a person</source>
        <translation>人体图像</translation>
    </message>
    <message>
        <source>a CT image</source>
        <translation>CT 图像</translation>
    </message>
    <message>
        <source>an image already rendered in colour</source>
        <translation>已渲染为彩色的图像</translation>
    </message>
    <message>
        <source>not an X-ray transmission image</source>
        <translation>非 X 射线透射图像</translation>
    </message>
    <message>
        <source>Automatic cargo findings are made for container and vehicle scans; this is %1.</source>
        <translation>自动货物发现只针对集装箱和车辆图像；此图像为%1。</translation>
    </message>
    <message>
        <source>CT volume: no threat report.</source>
        <translation>CT 体数据：无威胁报告。</translation>
    </message>
    <message>
        <source>cargo</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>baggage</source>
        <translation>行李</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: dead rows %2–%3</source>
        <translation>探测器故障，%1通道：失效行 %2–%3</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: stuck rows %2–%3</source>
        <translation>探测器故障，%1通道：卡值行 %2–%3</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: saturated rows %2–%3</source>
        <translation>探测器故障，%1通道：饱和行 %2–%3</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: dead columns %2–%3</source>
        <translation>探测器故障，%1通道：失效列 %2–%3</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: stuck columns %2–%3</source>
        <translation>探测器故障，%1通道：卡值列 %2–%3</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: saturated columns %2–%3</source>
        <translation>探测器故障，%1通道：饱和列 %2–%3</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: %2 dropped blocks in rows %3–%4</source>
        <translation>探测器故障，%1通道：第 %3–%4 行有 %2 个数据丢失块</translation>
    </message>
    <message>
        <source>Detector fault, %1 channel: dropped block of %2 × %3 px</source>
        <translation>探测器故障，%1通道：%2 × %3 像素的数据丢失块</translation>
    </message>
    <message numerus="yes">
        <source>%n detector fault(s): shown filled in and outlined; K shows the pixels as read.</source>
        <translation>
            <numerusform>%n 处探测器故障：已插值填补并描边显示；按 K 查看原始像素。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel size unknown: sizes are in pixels.</source>
        <translation>像素尺寸未知：尺寸以像素为单位。</translation>
    </message>
    <message>
        <source>Pixel size %1 × %2 mm, from %3.</source>
        <translation>像素尺寸 %1 × %2 毫米，来自%3。</translation>
    </message>
</context>
<context>
    <name>cip::app::ScannerProfileSource</name>
    <message>
        <source>Scanner profiles not used: %1</source>
        <translation>未使用扫描设备配置：%1</translation>
    </message>
</context>
<context>
    <name>cip::app::SyncController</name>
    <message>
        <source>Central system: %1</source>
        <translation>中心系统：%1</translation>
    </message>
    <message>
        <source> · downloading %1 of %2 MB</source>
        <translation> · 正在下载 %1 / %2 MB</translation>
    </message>
    <message>
        <source>Scan %1 could not be fetched: %2. The next pull tries again.</source>
        <translation>无法获取图像 %1：%2。下次同步时将重试。</translation>
    </message>
    <message numerus="yes">
        <source> · %n scan(s) could not be fetched</source>
        <translation>
            <numerusform> · %n 幅图像无法获取</numerusform>
        </translation>
    </message>
    <message>
        <source>The local database could not be updated: %1</source>
        <translation>本地数据库无法更新：%1</translation>
    </message>
    <message>
        <source>Job %1 was withdrawn by the central system. Your work on it is kept.</source>
        <translation>任务 %1 已被中心系统撤回。您在其上的工作已保留。</translation>
    </message>
    <message>
        <source>The central system did not confirm your offline sign-in: %1</source>
        <translation>中心系统未确认您的离线登录：%1</translation>
    </message>
    <message>
        <source>The central system confirmed your sign-in; your verdicts are being sent.</source>
        <translation>中心系统已确认您的登录；您的结论正在发送。</translation>
    </message>
    <message>
        <source>The local database could not record the confirmation: %1</source>
        <translation>本地数据库无法记录此次确认：%1</translation>
    </message>
    <message>
        <source>The local database could not record the sign-in: %1</source>
        <translation>本地数据库无法记录此次登录：%1</translation>
    </message>
    <message>
        <source> · signed in offline: not yet confirmed</source>
        <translation> · 离线登录：尚未确认</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <source>Not signed in to the central system: nothing is sent until you sign in again (File → Sign in again…).</source>
        <translation>未登录中心系统：重新登录之前不会发送任何内容（文件 → 重新登录…）。</translation>
    </message>
</context>
<context>
    <name>cip::app::VerdictController</name>
    <message>
        <source>an open job</source>
        <translation>一个已打开的任务</translation>
    </message>
    <message>
        <source>a decision (F9 release, F10 refer, F11 inconclusive)</source>
        <translation>一个决定（F9 放行，F10 移交查验，F11 无法判定）</translation>
    </message>
    <message>
        <source>the image–declaration checks (still running)</source>
        <translation>图像与申报核查（仍在进行）</translation>
    </message>
    <message>
        <source>a mark on the scan or a written reason</source>
        <translation>图像上的标注或书面理由</translation>
    </message>
    <message>
        <source>a comment saying what is unclear</source>
        <translation>说明不确定之处的备注</translation>
    </message>
    <message>
        <source>a comment on the failed checks (%1)</source>
        <translation>对未通过核查的备注（%1）</translation>
    </message>
    <message>
        <source>Job %1: %2
Reasons: %3
Marks: %4
Time on the job: %5 min</source>
        <translation>任务 %1：%2
理由：%3
标注：%4
用时：%5 分钟</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The verdict is not complete: %1.</source>
        <translation>结论不完整：%1。</translation>
    </message>
    <message>
        <source>Submit verdict</source>
        <translation>提交结论</translation>
    </message>
    <message>
        <source>The verdict was not saved: %1</source>
        <translation>结论未保存：%1</translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation>置信度：%1 %</translation>
    </message>
    <message>
        <source>Confidence: not stated</source>
        <translation>置信度：未填写</translation>
    </message>
    <message>
        <source>Comment: none</source>
        <translation>备注：无</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Not submitted — still needed: %1</source>
        <translation>未提交——还需要：%1</translation>
    </message>
</context>
<context>
    <name>cip::app::VerdictHistoryController</name>
    <message>
        <source>Your verdicts could not be read: %1</source>
        <translation>无法读取您的结论：%1</translation>
    </message>
    <message>
        <source>Verdict %1 is not among your verdicts.</source>
        <translation>结论 %1 不在您的结论中。</translation>
    </message>
    <message>
        <source>The scan of job %1 is no longer on this workstation; the verdict is shown without it.</source>
        <translation>任务 %1 的图像已不在本工作站上；结论将不带图像显示。</translation>
    </message>
    <message>
        <source>No checks without the scan.</source>
        <translation>没有图像，无法检查。</translation>
    </message>
    <message>
        <source>Loading the scan…</source>
        <translation>正在加载图像…</translation>
    </message>
    <message>
        <source>Verdict %1 could not be read: %2</source>
        <translation>无法读取结论 %1：%2</translation>
    </message>
    <message>
        <source>No declaration on this workstation to check against.</source>
        <translation>本工作站上没有可供比对的申报单。</translation>
    </message>
    <message>
        <source>verdict %1 is not among your verdicts</source>
        <translation>结论 %1 不在您的结论中</translation>
    </message>
    <message>
        <source>The verdict was not exported: %1</source>
        <translation>结论未导出：%1</translation>
    </message>
    <message>
        <source>Export the verdict into</source>
        <translation>将结论导出到</translation>
    </message>
    <message>
        <source>Verdict exported: %1</source>
        <translation>结论已导出：%1</translation>
    </message>
</context>
<context>
    <name>cip::client::OutboxSender</name>
    <message>
        <source>the verdict in the outbox is damaged: %1</source>
        <translation>发件箱中的结论已损坏：%1</translation>
    </message>
    <message>
        <source>the hand-over to a supervisor was refused: %1</source>
        <translation>移交主管被拒绝：%1</translation>
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
    <message>
        <source>No scan-format plugins are installed.</source>
        <translation>未安装扫描格式插件。</translation>
    </message>
    <message>
        <source>Scan-format plugins (each runs in a converter process of its own):</source>
        <translation>扫描格式插件（每个都在独立的转换进程中运行）：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>未使用：%1</translation>
    </message>
</context>
<context>
    <name>cip::widgets::AnnotationPanel</name>
    <message>
        <source>Undeclared goods</source>
        <translation>未申报货物</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>藏匿</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>毒品</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>武器</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>香烟</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Explosives</source>
        <translation>爆炸物</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>（无对应行）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Declaration line</source>
        <translation>申报行</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>What the mark shows</source>
        <translation>标注显示的内容</translation>
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
    <name>cip::widgets::DeclarationPanel</name>
    <message>
        <source>sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>air</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>No job open.</source>
        <translation>未打开任务。</translation>
    </message>
    <message>
        <source>%1 ✔</source>
        <translation>%1 ✔</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#e04040&apos;&gt;%1 ✖ %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#e04040&apos;&gt;%1 ✖ %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申报单</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>申报人</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>%1 → %2, entry at %3</source>
        <translation>%1 → %2，入境口岸 %3</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>未申报</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>封志</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;declared empty&lt;/b&gt;</source>
        <translation>&lt;b&gt;申报为空箱&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HS chapter %1 is not in the nomenclature</source>
        <translation>HS 第 %1 章不在目录中</translation>
    </message>
    <message>
        <source>Net %1 kg</source>
        <translation>净重 %1 千克</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n line(s), gross %1 kg, net %2 kg, value %3</source>
        <translation>
            <numerusform>合计：%n 行，毛重 %1 千克，净重 %2 千克，货值 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Image and declaration</source>
        <translation>图像与申报</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Gross kg</source>
        <translation>毛重（千克）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
</context>
<context>
    <name>cip::widgets::GiveBackDialog</name>
    <message>
        <source>The image cannot be assessed (unreadable, incomplete, wrong scan)</source>
        <translation>图像无法评估（无法读取、不完整、图像有误）</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Needs a specialist (goods or image beyond my competence)</source>
        <translation>需要专家（货物或图像超出我的能力范围）</translation>
    </message>
    <message>
        <source>End of my shift or an interruption</source>
        <translation>下班或工作中断</translation>
    </message>
    <message>
        <source>Other (say what in the note)</source>
        <translation>其他（请在说明中写明）</translation>
    </message>
    <message>
        <source>Give job %1 back</source>
        <translation>退回任务 %1</translation>
    </message>
    <message>
        <source>Job %1 leaves your queue and goes to another analyst. Why do you give it back? The central system keeps your reason for the supervisors.</source>
        <translation>任务 %1 将离开您的队列，交给其他审图员。为什么退回？中心系统会为主管保存您的理由。</translation>
    </message>
    <message>
        <source>&amp;Note for the supervisor:</source>
        <translation>给主管的说明(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>Optional, except for Other (at most %n character(s))</source>
        <translation>
            <numerusform>选填，选“其他”时必填（最多 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give back</source>
        <translation>退回(&amp;G)</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>请选择理由。</translation>
    </message>
    <message>
        <source>Say in the note why you give the job back.</source>
        <translation>请在说明中写明退回任务的原因。</translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to %2.</source>
        <translation>说明有 %1 个字符；请缩短到 %2 个。</translation>
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
    <message>
        <source>The central system no longer lists this job for you (reassigned or cancelled). Your marks are kept; a verdict you submit is checked by the central system like any other.</source>
        <translation>中心系统已不再将此任务列给您（已重新分配或取消）。您的标记已保留；您提交的结论会像其他结论一样由中心系统核查。</translation>
    </message>
    <message>
        <source>The central system refused your verdict: see Refused verdicts to decide again or hand it to a supervisor.</source>
        <translation>中心系统拒绝了您的结论：请在&quot;被拒绝的结论&quot;中重新作结论或移交主管。</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Verdict refused</source>
        <translation>结论被拒绝</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
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
        <source>The central system is %1.
This workstation holds no job of yours; jobs assigned to you arrive when the link returns.</source>
        <translation>中心系统状态：%1。
本工作站没有您的任务；分配给您的任务将在连接恢复后到达。</translation>
    </message>
    <message>
        <source>No job is overdue.</source>
        <translation>没有超时的任务。</translation>
    </message>
    <message>
        <source>Filter by job, container, port, declaration…</source>
        <translation>按任务、集装箱、口岸、申报单筛选…</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>port</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>container</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Urgency: the nearest deadline first, then the highest priority.</source>
        <translation>紧急程度：时限最近的在前，其次是优先级最高的。</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超时</translation>
    </message>
</context>
<context>
    <name>cip::widgets::KeyReferenceDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search keys and actions</source>
        <translation>搜索按键和操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>The viewer&apos;s keys act while the image has the keyboard focus (click it once). Workflow keys can be changed under File → Settings → Keyboard.</source>
        <translation>查看器按键在图像获得键盘焦点时生效（先单击图像一次）。工作流程按键可在“文件 → 设置 → 键盘”中更改。</translation>
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
    <name>cip::widgets::ReferencePanel</name>
    <message>
        <source>No reference images for the declared goods.</source>
        <translation>没有申报货物的参考图像。</translation>
    </message>
    <message>
        <source>Typical images of the declared goods, best match first:</source>
        <translation>申报货物的典型图像，最匹配的在前：</translation>
    </message>
</context>
<context>
    <name>cip::widgets::RefusedVerdictsPanel</name>
    <message>
        <source>The central system refused these verdicts. Each stays here until you decide the job again or hand the verdict to a supervisor.</source>
        <translation>中心系统拒绝了以下结论。每条都会保留在此，直到您重新作结论该任务或将结论移交主管。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Decide again</source>
        <translation>重新作结论(&amp;D)</translation>
    </message>
    <message>
        <source>Hand to a s&amp;upervisor</source>
        <translation>移交主管(&amp;U)</translation>
    </message>
</context>
<context>
    <name>cip::widgets::ScannerPanel</name>
    <message>
        <source>No scanner has reported yet. Telemetry arrives with each pull from the central system.</source>
        <translation>尚无设备上报。设备运行数据随每次从中心系统同步时到达。</translation>
    </message>
    <message>
        <source>%1 of %2 up · in the last 24 h: %3 scans, %4 anomalies, %5 faults</source>
        <translation>%2 台中 %1 台运行 · 最近 24 小时：扫描 %3 次，异常 %4 次，故障 %5 次</translation>
    </message>
</context>
<context>
    <name>cip::widgets::ScannerStatusModel</name>
    <message>
        <source>Up</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>无上报</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>行李</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 小时 %2 分钟前</translation>
    </message>
    <message>
        <source>Latest fault: %1</source>
        <translation>最近故障：%1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source> · dual energy</source>
        <translation> · 双能</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自%2）</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行率</translation>
    </message>
    <message>
        <source>Scans (24 h)</source>
        <translation>扫描（24 小时）</translation>
    </message>
    <message>
        <source>Anomalies (24 h)</source>
        <translation>异常（24 小时）</translation>
    </message>
    <message>
        <source>Faults (24 h)</source>
        <translation>故障（24 小时）</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近上报</translation>
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
    <message>
        <source>Open dual-energy scans in material colours (otherwise greyscale; M switches)</source>
        <translation>双能扫描以材料颜色打开（否则为灰度；按 M 切换）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>扫描图像：</translation>
    </message>
    <message>
        <source>Suggest a break after:</source>
        <translation>连续审图多久后提醒休息：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Mark categories:</source>
        <translation>标注类别：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Scan cache at most:</source>
        <translation>扫描缓存上限：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Drop interrupted downloads after:</source>
        <translation>中断的下载保留时长：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep records of delivered verdicts for:</source>
        <translation>已送达结论的记录保留：</translation>
    </message>
    <message>
        <source>Keep scanner telemetry for:</source>
        <translation>扫描设备遥测保留：</translation>
    </message>
    <message>
        <source>Scans of jobs still in work, verdicts not yet through, refused verdicts not dealt with and the case library are always kept; the least recently used scans of finished jobs go first.</source>
        <translation>仍在处理中的任务的扫描、尚未送达的结论、尚未处理的被拒结论以及案例库始终保留；已完成任务中最久未使用的扫描最先清除。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Category names, or codes of lower-case letters, digits and hyphens, separated by commas; the first is the default for new marks</source>
        <translation>类别名称，或由小写字母、数字和连字符组成的代码，以逗号分隔；第一个为新标注的默认类别</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A JSON file of scanner profiles (pixel size, energies, calibration) for scanners the central system does not describe and for files opened from disk</source>
        <translation>扫描设备配置的 JSON 文件（像素尺寸、能量、标定），用于中心系统未描述的扫描设备以及从磁盘打开的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Scanner profile file</source>
        <translation>扫描设备配置文件</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Scanner profiles:</source>
        <translation>扫描设备配置：</translation>
    </message>
</context>
<context>
    <name>cip::widgets::ShortcutEditor</name>
    <message>
        <source>%1 is already the key of “%2”.</source>
        <translation>%1 已是“%2”的快捷键。</translation>
    </message>
    <message>
        <source>%1 is taken by “%2”.</source>
        <translation>%1 已被“%2”占用。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Restore the default keys</source>
        <translation>恢复默认按键</translation>
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
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in again — CIP Workstation</source>
        <translation>重新登录 — CIP 工作站</translation>
    </message>
    <message>
        <source>Asking the central system…</source>
        <translation>正在询问中心系统…</translation>
    </message>
</context>
<context>
    <name>cip::widgets::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictHistoryModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已被拒绝</translation>
    </message>
    <message>
        <source>Delivery record no longer kept</source>
        <translation>送达记录已不再保留</translation>
    </message>
    <message>
        <source>Replaced by verdict %1</source>
        <translation>已被结论 %1 取代</translation>
    </message>
    <message>
        <source>%1 (replaced)</source>
        <translation>%1（已取代）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>中心系统</translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictHistoryPanel</name>
    <message numerus="yes">
        <source>%n verdict(s) found</source>
        <translation>
            <numerusform>找到 %n 条结论</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>集装箱(&amp;C)：</translation>
    </message>
    <message>
        <source>part of a container number</source>
        <translation>集装箱号的一部分</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>结论(&amp;E)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>只读打开(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>My verdicts</source>
        <translation>我的结论</translation>
    </message>
    <message>
        <source>My verdicts — %1</source>
        <translation>我的结论 — %1</translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictPanel</name>
    <message>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Refer to inspection</source>
        <translation>移交查验</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>Image matches the declaration</source>
        <translation>图像与申报相符</translation>
    </message>
    <message>
        <source>Weight does not match</source>
        <translation>重量不符</translation>
    </message>
    <message>
        <source>Container number does not match</source>
        <translation>箱号不符</translation>
    </message>
    <message>
        <source>Declared empty, not empty</source>
        <translation>申报空箱但非空</translation>
    </message>
    <message>
        <source>Materials do not match the goods</source>
        <translation>材料与货物不符</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>未申报货物</translation>
    </message>
    <message>
        <source>Concealment (false wall, compartment)</source>
        <translation>藏匿（假墙、夹层）</translation>
    </message>
    <message>
        <source>Dense region hides the contents</source>
        <translation>高密度区域遮挡内容</translation>
    </message>
    <message>
        <source>Image quality too poor</source>
        <translation>图像质量太差</translation>
    </message>
    <message>
        <source>Other (see comment)</source>
        <translation>其他（见备注）</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>尚需：%1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why — required for a referral without marks, and for inconclusive</source>
        <translation>原因 — 无标注的移交查验和无法判定时必填</translation>
    </message>
    <message>
        <source>&amp;Release (%1)</source>
        <translation>放行(&amp;R) (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fer (%1)</source>
        <translation>移交查验(&amp;F) (%1)</translation>
    </message>
    <message>
        <source>I&amp;nconclusive (%1)</source>
        <translation>无法判定(&amp;N) (%1)</translation>
    </message>
    <message>
        <source>Submit verdict (%1)</source>
        <translation>提交结论 (%1)</translation>
    </message>
    <message>
        <source>Decide: release</source>
        <translation>决定：放行</translation>
    </message>
    <message>
        <source>Decide: refer to inspection</source>
        <translation>决定：移交查验</translation>
    </message>
    <message>
        <source>Decide: inconclusive</source>
        <translation>决定：无法判定</translation>
    </message>
    <message>
        <source>Submit the verdict</source>
        <translation>提交结论</translation>
    </message>
</context>
<context>
    <name>cip::widgets::VerdictRecordView</name>
    <message numerus="yes">
        <source>Delivered: the central system acknowledged the verdict at %1 (%n attempt(s)).</source>
        <translation>
            <numerusform>已送达：中心系统于 %1 确认收到该结论（共尝试 %n 次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>等待发送（已尝试 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt failed: %1.</source>
        <translation>上次尝试失败：%1。</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>下次尝试时间：%1。</translation>
    </message>
    <message>
        <source>Refused by the central system at %1: %2</source>
        <translation>中心系统于 %1 拒绝：%2</translation>
    </message>
    <message>
        <source>You decided the job again.</source>
        <translation>您已重新对该任务作结论。</translation>
    </message>
    <message>
        <source>Handed to a supervisor; the central system took it at %1.</source>
        <translation>已移交主管；中心系统于 %1 接收。</translation>
    </message>
    <message>
        <source>Handed to a supervisor; waiting to be sent.</source>
        <translation>已移交主管；等待发送。</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>您的说明：%1</translation>
    </message>
    <message>
        <source>The workstation no longer keeps this verdict&apos;s delivery record (removed after the retention period).</source>
        <translation>工作站已不再保留此结论的送达记录（保留期满后已删除）。</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation>置信度：%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1, submitted %2, %n minute(s) spent on it</source>
        <translation>
            <numerusform>%1 打开，%2 提交，用时 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaces verdict %1</source>
        <translation>取代结论 %1</translation>
    </message>
    <message>
        <source>Replaced by verdict %1</source>
        <translation>已被结论 %1 取代</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <source>declaration line %1</source>
        <translation>申报第 %1 行</translation>
    </message>
    <message>
        <source>No marks</source>
        <translation>无标注</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Checking the scan against the declaration…</source>
        <translation>正在将图像与申报单比对…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>中心系统</translation>
    </message>
    <message>
        <source>E&amp;xport as DICOS TDR…</source>
        <translation>导出为 DICOS TDR(&amp;X)…</translation>
    </message>
    <message>
        <source>Verdict %1 (read-only)</source>
        <translation>结论 %1（只读）</translation>
    </message>
    <message>
        <source>Job %1, container %2</source>
        <translation>任务 %1，集装箱 %2</translation>
    </message>
    <message>
        <source>Image–declaration checks</source>
        <translation>图像与申报单检查</translation>
    </message>
    <message>
        <source>Worked out again from the scan and the declaration when the verdict is opened.</source>
        <translation>打开结论时根据图像和申报单重新计算。</translation>
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
        <source>No verdicts are waiting to be sent.</source>
        <translation>没有等待发送的结论。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed in as %1 (%2)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;已登录：%1（%2）&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Local database: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;本地数据库：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Jobs are assigned to analysts; this window offers your role&apos;s own work. File → Open scan shows any scan file in the viewer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;任务分配给分析员；本窗口只提供您的角色自己的工作。“文件 → 打开扫描”可在查看器中显示任意扫描文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The central system is %1: the queue shows only the jobs this workstation already holds (%2).</source>
        <translation>中心系统状态：%1；队列只显示本工作站已有的任务（%2 个）。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%n verdict(s) refused by the central system&lt;/b&gt;: see Refused verdicts.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%n 条结论被中心系统拒绝&lt;/b&gt;：请查看“被拒绝的结论”。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Open a job from the queue (double-click or Enter).&lt;/p&gt;</source>
        <translation>&lt;p&gt;从队列中打开任务（双击或按 Enter）。&lt;/p&gt;</translation>
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
        <source>Open this scan in the viewer at start.</source>
        <translation>启动时在查看器中打开此图像。</translation>
    </message>
    <message>
        <source>Open this job at start (&apos;next&apos; for the most urgent).</source>
        <translation>启动时打开此任务（“next”表示最紧急的任务）。</translation>
    </message>
    <message>
        <source>The central system&apos;s address (default http://127.0.0.1:8765).</source>
        <translation>中心系统地址（默认 http://127.0.0.1:8765）。</translation>
    </message>
    <message>
        <source>PEM certificate(s) of the site authority that signed an https central system&apos;s certificate.</source>
        <translation>签发 https 中心系统证书的本中心 CA 的 PEM 证书。</translation>
    </message>
    <message>
        <source>Sign in as this user: the central system checks the password (CIP_PASSWORD, --password-stdin, or the dialog).</source>
        <translation>以此用户登录：由中心系统核验密码（CIP_PASSWORD、--password-stdin 或登录对话框）。</translation>
    </message>
    <message>
        <source>Role to sign in as: analyst, trainer, trainee, supervisor, admin.</source>
        <translation>登录所用角色：analyst、trainer、trainee、supervisor、admin。</translation>
    </message>
    <message>
        <source>Work without the central system: only a user who signed in here before, verified against the hash kept then.</source>
        <translation>不连接中心系统工作：仅限以前在此登录过的用户，按当时保存的散列核验。</translation>
    </message>
    <message>
        <source>Read the password for --user from standard input (one line); else CIP_PASSWORD, else the dialog asks.</source>
        <translation>从标准输入读取 --user 的密码（一行）；否则使用 CIP_PASSWORD，再否则由对话框询问。</translation>
    </message>
    <message>
        <source>invalid --role (roles: %1)</source>
        <translation>无效的 --role（角色：%1）</translation>
    </message>
</context>
</TS>
