namespace ClaimGraph.Bench.Generation;

/// <summary>The unit of a generated figure, with the IRI the ontology uses for it.</summary>
public enum FigureUnit { Count, Yuan, Percent }

/// <summary>
/// What a figure counts: noun phrase, the verbs that report it (synonyms, as in the seeds:
/// destroyed, eliminated, smashed), its unit and the typical daily rate of a campaign.
/// </summary>
public sealed record MetricTemplate(string Key, string Noun, string[] Verbs, FigureUnit Unit, double DailyRate);

/// <summary>Who runs a campaign, and what it is called.</summary>
public sealed record Campaign(string Key, string Name, string Agency, MetricTemplate[] Metrics);

/// <summary>The fixed vocabulary the generator draws from: agencies, campaigns, metrics, places, reporters.</summary>
public static class Catalogue
{
    public static readonly string[] Agencies =
    [
        "the Ministry of Public Security", "the Ministry of Industry and Information Technology",
        "the People's Bank of China", "the Ministry of Ecology and Environment",
        "the Ministry of Transport", "the National Health Commission", "the Ministry of Agriculture and Rural Affairs",
        "the State Administration for Market Regulation", "the Ministry of Emergency Management",
        "the Cyberspace Administration of China", "the General Administration of Customs",
        "the Ministry of Natural Resources",
    ];

    public static readonly string[] Agencies2 =
    [
        "China News Service", "China Daily", "Xinhua News Agency", "People's Daily Online", "Global Times",
        "China Youth Daily", "Legal Daily", "Economic Daily",
    ];

    public static readonly string[] Places =
    [
        "Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Hangzhou", "Nanjing", "Wuhan", "Chengdu", "Chongqing",
        "Xi'an", "Tianjin", "Kunming", "Harbin", "Changsha", "Zhengzhou", "Jinan", "Qingdao", "Fuzhou", "Hefei",
        "Nanning", "Lanzhou", "Urumqi", "Shenyang", "Taiyuan",
    ];

    public static readonly string[] Regions =
    [
        "across the country", "nationwide", "in Zhejiang Province", "in Guangdong Province", "in Yunnan Province",
        "in Jiangsu Province", "in Hubei Province", "in Sichuan Province", "in Shandong Province", "in Hebei Province",
        "in Fujian Province", "in Henan Province",
    ];

    public static readonly string[] ReporterSurnames = ["Guo", "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu"];
    public static readonly string[] ReporterGivenNames = ["Chaokai", "Ziyang", "Wei", "Jing", "Min", "Lei", "Yan", "Tao", "Hui", "Qiang", "Fang", "Jun"];

    public static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    public static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static MetricTemplate M(string key, string noun, FigureUnit unit, double rate, params string[] verbs) =>
        new(key, noun, verbs, unit, rate);

    /// <summary>Metric templates by subject area; each campaign draws its metrics from one area.</summary>
    public static readonly MetricTemplate[][] Areas =
    [
        [   // telecom fraud, as in the seeds
            M("two-card-gangs", "criminal gangs involved in the \"two cards\"", FigureUnit.Count, 35, "eliminated", "destroyed", "smashed", "cracked down on"),
            M("suspects-arrested", "criminal suspects", FigureUnit.Count, 600, "arrested", "caught", "detained"),
            M("phone-cards-seized", "phone cards", FigureUnit.Count, 9000, "seized", "cleaned up", "confiscated"),
            M("bank-accounts-frozen", "abnormal bank accounts", FigureUnit.Count, 40000, "frozen", "cleaned up", "suspended"),
            M("funds-intercepted", "yuan of funds involved in the case", FigureUnit.Yuan, 3.5e7, "intercepted", "frozen", "stopped"),
            M("people-dissuaded", "people", FigureUnit.Count, 25000, "dissuaded from being deceived", "warned in time"),
            M("warning-messages", "early warning messages", FigureUnit.Count, 40000, "pushed", "sent", "issued"),
            M("fraud-dens", "fraud dens", FigureUnit.Count, 30, "destroyed", "shut down", "smashed"),
            M("outlets-punished", "business outlets", FigureUnit.Count, 40, "punished", "rectified"),
        ],
        [   // environment
            M("trees-planted", "trees", FigureUnit.Count, 120000, "planted"),
            M("polluting-firms-closed", "polluting enterprises", FigureUnit.Count, 25, "closed", "shut down", "ordered to close"),
            M("garbage-cleared", "tonnes of garbage", FigureUnit.Count, 5000, "cleared", "removed", "collected"),
            M("fines-imposed", "yuan in fines", FigureUnit.Yuan, 2.0e6, "imposed", "collected"),
            M("sites-inspected", "enterprises", FigureUnit.Count, 800, "inspected", "checked"),
        ],
        [   // transport and roads
            M("road-built", "kilometres of rural road", FigureUnit.Count, 90, "built", "paved", "completed"),
            M("drunk-drivers", "drunk drivers", FigureUnit.Count, 500, "caught", "stopped", "punished"),
            M("vehicles-inspected", "vehicles", FigureUnit.Count, 20000, "inspected", "checked"),
            M("passengers-carried", "passengers", FigureUnit.Count, 3.0e6, "carried", "transported"),
        ],
        [   // health
            M("doses-administered", "doses of vaccine", FigureUnit.Count, 5.0e6, "administered", "given"),
            M("clinics-opened", "community clinics", FigureUnit.Count, 6, "opened", "set up", "built"),
            M("patients-treated", "patients", FigureUnit.Count, 15000, "treated", "cured", "discharged"),
            M("medical-funds", "yuan of medical insurance funds", FigureUnit.Yuan, 8.0e6, "recovered", "clawed back"),
        ],
        [   // market regulation and customs
            M("counterfeits-seized", "counterfeit products", FigureUnit.Count, 30000, "seized", "confiscated"),
            M("cases-investigated", "cases of illegal trading", FigureUnit.Count, 120, "investigated", "handled", "cracked"),
            M("smuggled-goods", "yuan of smuggled goods", FigureUnit.Yuan, 1.2e7, "seized", "intercepted"),
            M("shops-inspected", "shops and stalls", FigureUnit.Count, 4000, "inspected", "checked"),
        ],
        [   // rural development and jobs
            M("jobs-created", "new urban jobs", FigureUnit.Count, 35000, "created", "added"),
            M("households-helped", "households", FigureUnit.Count, 2000, "lifted out of poverty", "helped"),
            M("farmland-improved", "hectares of farmland", FigureUnit.Count, 3000, "improved", "upgraded", "irrigated"),
            M("loans-issued", "yuan of small loans", FigureUnit.Yuan, 5.0e7, "issued", "granted"),
        ],
    ];

    public static readonly string[][] CampaignNames =
    [
        ["\"Card Broken\" operation", "\"Clean Net\" campaign", "\"Cloud Sword\" action", "\"Great Wall\" operation", "\"Broken Chain\" action", "\"Sky Net\" operation"],
        ["\"Blue Sky\" defence campaign", "\"Green Shield\" action", "\"Clear Water\" campaign", "\"Clean Soil\" operation"],
        ["\"Safe Roads\" campaign", "\"Smooth Travel\" action", "\"Four Good Rural Roads\" project"],
        ["\"Healthy China\" action", "\"Clinic Access\" campaign", "\"Insurance Shield\" inspection"],
        ["\"Iron Fist\" operation", "\"Guardian\" campaign", "\"Dragon Shield\" action", "\"Clean Market\" inspection"],
        ["\"Common Prosperity\" project", "\"Spring Breeze\" action", "\"Rural Revival\" campaign"],
    ];
}
