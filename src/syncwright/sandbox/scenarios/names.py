"""The world the scenarios draw people from: names, nicknames, cities, companies, providers.

Plain data. The identity package keeps its own nickname table (the product must not read
the sandbox); the two overlap the way a real nickname table overlaps real people.
"""

from __future__ import annotations

# formal first name -> nicknames people actually use for it
NICKNAMES: dict[str, tuple[str, ...]] = {
    "William": ("Bill", "Will", "Billy"), "Katherine": ("Kate", "Katie", "Kathy"),
    "Robert": ("Bob", "Rob", "Bobby"), "Elizabeth": ("Liz", "Beth", "Eliza"),
    "Margaret": ("Maggie", "Meg", "Peggy"), "Michael": ("Mike", "Mick"),
    "James": ("Jim", "Jimmy", "Jamie"), "Richard": ("Rick", "Rich", "Dick"),
    "Jennifer": ("Jen", "Jenny"), "Christopher": ("Chris",), "Alexander": ("Alex", "Xander"),
    "Daniel": ("Dan", "Danny"), "Joseph": ("Joe", "Joey"), "Thomas": ("Tom", "Tommy"),
    "Anthony": ("Tony",), "Edward": ("Ed", "Eddie", "Ted"), "Patricia": ("Pat", "Patty"),
    "Susan": ("Sue", "Suzy"), "Deborah": ("Deb", "Debbie"), "Rebecca": ("Becky", "Becca"),
    "Samantha": ("Sam", "Sammy"), "Victoria": ("Vicky", "Tori"), "Nicholas": ("Nick",),
    "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Benjamin": ("Ben", "Benny"),
    "Jonathan": ("Jon", "Jonny"), "Steven": ("Steve",), "Timothy": ("Tim", "Timmy"),
    "Zachary": ("Zach", "Zack"), "Gregory": ("Greg",), "Jacob": ("Jake",),
    "Charles": ("Charlie", "Chuck"), "Henry": ("Hank", "Harry"), "Theodore": ("Theo", "Ted"),
    "Abigail": ("Abby",), "Jessica": ("Jess", "Jessie"), "Kimberly": ("Kim",),
    "Cynthia": ("Cindy",), "Alexandra": ("Alex", "Sasha"), "Frederick": ("Fred", "Freddie"),
    "Lawrence": ("Larry",), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don", "Donnie"),
    "Kenneth": ("Ken", "Kenny"), "Gerald": ("Jerry",), "Raymond": ("Ray",),
    "Peter": ("Pete",), "Samuel": ("Sam",), "Nathaniel": ("Nate", "Nathan"),
    "Isabella": ("Bella", "Izzy"), "Eleanor": ("Ellie", "Nora"), "Catherine": ("Cathy", "Cat"),
    "Christina": ("Tina", "Chris"), "Stephanie": ("Steph",), "Jacqueline": ("Jackie",),
    "Dorothy": ("Dot", "Dottie"), "Gabriel": ("Gabe",), "Vincent": ("Vince", "Vinny"),
    "Douglas": ("Doug",), "Phillip": ("Phil",), "Frances": ("Fran", "Frankie"),
    "Francis": ("Frank",), "Leonard": ("Len", "Lenny"), "Susanna": ("Susie", "Anna"),
    "Madeline": ("Maddie",), "Olivia": ("Liv", "Livvy"), "Josephine": ("Josie", "Jo"),
}
PLAIN_FIRST = ["Ada", "Aisha", "Akira", "Alan", "Amara", "Ana", "Anil", "Arjun", "Astrid", "Ayesha", "Bruno", "Camila", "Carla", "Chen", "Chloe", "Dana", "David", "Diego", "Elena", "Emil", "Emma", "Eva", "Fatima", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jade", "Jamal", "Julia", "Kai", "Kenji", "Lara", "Leo", "Lina", "Luca", "Maya", "Mei", "Mia", "Nadia", "Nina", "Noah", "Olga", "Omar", "Oscar", "Paula", "Priya", "Quinn", "Raj", "Rosa", "Sara", "Sofia", "Tara", "Uma", "Vera", "Wei", "Yara", "Yusuf", "Zoe", "Amir", "Bianca", "Carlos", "Dmitri", "Esther", "Farid", "Giulia", "Hiro", "Ingrid", "Jorge", "Karin", "Lucia", "Mateo", "Naomi", "Orla", "Pablo", "Rania", "Sven", "Talia", "Ulrich", "Valeria", "Wanda", "Xin", "Yosef", "Zara", "Anders", "Beatriz", "Cyrus", "Dalia", "Enzo", "Freya", "Gustavo", "Helga", "Imran", "Jana", "Kofi", "Leila", "Magnus", "Nia", "Otto", "Petra", "Rafael", "Selin", "Tomas", "Ursula", "Viktor", "Wilma", "Yuki", "Zeynep", "Adele", "Boris", "Celine", "Dario", "Elif", "Fabio", "Greta", "Hamid", "Irene", "Joaquin"]
LAST = ["Abbott", "Adams", "Ahmed", "Alvarez", "Anderson", "Andersson", "Baker", "Bauer", "Becker", "Bennett", "Berg", "Bianchi", "Brooks", "Brown", "Campbell", "Carter", "Castro", "Chen", "Clarke", "Collins", "Cooper", "Costa", "Cruz", "Das", "Davies", "Diaz", "Dubois", "Dunn", "Edwards", "Evans", "Fernandez", "Fischer", "Fisher", "Flores", "Foster", "Fournier", "Garcia", "Gomez", "Gonzalez", "Graham", "Gray", "Green", "Gupta", "Hall", "Hansen", "Harris", "Hayes", "Hernandez", "Hill", "Hoffmann", "Hughes", "Ito", "Jackson", "Jansen", "Jensen", "Johansson", "Johnson", "Jones", "Kang", "Kaur", "Kelly", "Khan", "Kim", "King", "Klein", "Koch", "Kowalski", "Kumar", "Larsen", "Lambert", "Lee", "Lewis", "Lim", "Lopez", "Martin", "Martinez", "Meyer", "Miller", "Mitchell", "Moore", "Moreau", "Morgan", "Morris", "Muller", "Murphy", "Nakamura", "Nguyen", "Nielsen", "Novak", "Okafor", "Olsen", "Ortiz", "Park", "Patel", "Perez", "Peters", "Petrov", "Phillips", "Price", "Quinn", "Ramirez", "Reed", "Reyes", "Richter", "Rivera", "Roberts", "Robinson", "Rodriguez", "Rossi", "Russo", "Sanchez", "Sato", "Schmidt", "Schneider", "Scott", "Shah", "Silva", "Singh", "Smith", "Sokolov", "Stewart", "Suzuki", "Tanaka", "Taylor", "Thomas", "Thompson", "Torres", "Turner", "Vargas", "Walker", "Wang", "Ward", "Watson", "Weber", "Williams", "Wilson", "Wong", "Wright", "Yamada", "Young", "Zhang", "Zimmermann", "Achebe", "Bakker", "Chowdhury", "Dimitrov", "Eriksen", "Ferreira", "Gallagher", "Haddad", "Iqbal", "Jovanovic", "Kowalczyk", "Lindqvist", "Mahmoud", "Nowak", "Oliveira", "Popescu", "Quintero", "Rahman", "Santos", "Tkachenko", "Ueda", "Vasquez", "Wojcik", "Xu", "Yilmaz", "Zielinski", "Abe", "Barros", "Caruso", "Delgado", "Engel", "Fontaine", "Greco", "Horvat", "Ivanova", "Jimenez", "Keller", "Lund", "Marino", "Navarro", "Oyelaran", "Pereira", "Ricci", "Salazar", "Takahashi", "Ulloa", "Vogel", "Weiss", "Yadav", "Zhou", "Acosta", "Bose", "Conti", "Dalton", "Esposito", "Fitzgerald", "Gallo", "Hale", "Ibarra", "Janssen", "Kovacs", "Lorenz", "Moretti", "Nolan", "Osei", "Pham", "Romano", "Sheikh", "Tran", "Underwood", "Valdez", "Whitfield", "Yoon", "Zapata", "Ali", "Blom", "Cohen", "Duarte", "Egan", "Farrell", "Gill", "Holm", "Ismail", "Joshi", "Kaplan", "Lowe", "Mensah", "Nair", "Obi", "Pace", "Rao", "Stone", "Tanner", "Varga", "Walsh", "Yates", "Zaman"]
# (city, country, phone country code, national number prefix used in generated numbers)
CITIES: tuple[tuple[str, str, str], ...] = (
    ("New York", "US", "1"), ("San Francisco", "US", "1"), ("Chicago", "US", "1"),
    ("Austin", "US", "1"), ("Boston", "US", "1"), ("Seattle", "US", "1"),
    ("Denver", "US", "1"), ("Atlanta", "US", "1"), ("Miami", "US", "1"),
    ("Portland", "US", "1"), ("Toronto", "CA", "1"), ("Vancouver", "CA", "1"),
    ("London", "GB", "44"), ("Manchester", "GB", "44"), ("Edinburgh", "GB", "44"),
    ("Berlin", "DE", "49"), ("Munich", "DE", "49"), ("Hamburg", "DE", "49"),
    ("Paris", "FR", "33"), ("Lyon", "FR", "33"), ("Amsterdam", "NL", "31"),
    ("Rotterdam", "NL", "31"), ("Madrid", "ES", "34"), ("Barcelona", "ES", "34"),
    ("Milan", "IT", "39"), ("Rome", "IT", "39"), ("Stockholm", "SE", "46"),
    ("Copenhagen", "DK", "45"), ("Dublin", "IE", "353"), ("Sydney", "AU", "61"),
    ("Melbourne", "AU", "61"), ("Singapore", "SG", "65"), ("Tokyo", "JP", "81"),
    ("Sao Paulo", "BR", "55"), ("Mexico City", "MX", "52"), ("Bangalore", "IN", "91"),
    ("Mumbai", "IN", "91"), ("Warsaw", "PL", "48"), ("Vienna", "AT", "43"),
    ("Zurich", "CH", "41"),
)
COMPANY_WORDS = ["Acme", "Apex", "Blue", "Bright", "Cedar", "Cloud", "Delta", "Echo", "Ember", "Falcon", "Global", "Granite", "Harbor", "Horizon", "Iron", "Juniper", "Kite", "Lumen", "Maple", "Nimbus", "North", "Oak", "Orbit", "Pine", "Pixel", "Quartz", "River", "Summit", "Swift", "Terra", "Vertex", "Willow", "Zenith", "Aster", "Beacon", "Cobalt", "Drift", "Elm", "Fable", "Gale", "Halo", "Indigo", "Jade", "Keystone", "Lantern", "Meridian", "Nova", "Onyx", "Prism", "Quill", "Radiant", "Sable", "Tidal", "Umber", "Vivid", "Wren", "Yonder", "Zephyr", "Amber", "Birch", "Crest", "Dune", "Flint", "Grove", "Hollow", "Ivory", "Lark", "Mesa", "Nest"]
COMPANY_SUFFIX = ("Labs", "Systems", "Group", "Analytics", "Media", "Works", "Partners",
                  "Retail", "Health", "Logistics", "Studio", "Capital")
PERSONAL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                    "proton.me", "gmx.de", "web.de", "aol.com", "googlemail.com")
TITLES = ("Marketing Manager", "CMO", "Growth Lead", "Data Analyst", "VP Sales", "Founder",
          "Ops Specialist", "Engineer", "Account Executive", "Product Manager")
