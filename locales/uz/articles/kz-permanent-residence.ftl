article-kz-permanent-residence =
    .title = Doimiy yashash: ruxsatnoma va guvohnoma
    .summary = Doimiy yashash ikki bosqichda rasmiylashtiriladi: avval doimiy yashash uchun ruxsatnoma, keyin yashash guvohnomasi.
    .keywords = PMJ, PMJ olish, VNJ, vid na jitelstvo, razreshenie na PMJ, doimiy yashash, doimiy yashash ruxsatnomasi, yashash guvohnomasi, spravka o nesudimosti, sudlanmaganlik haqida maʼlumotnoma, uy egasi roziligi, tarjimai hol, постоянное место жительства, butunlay qolish, emigratsiya roziligi, notarial rozilik, PMJ qancha kutiladi, yashash kartasi
    .unverified = Rasmiy roʻyxatlar pasport nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki arizangiz koʻrib chiqilayotganda idora uni olib qolishi mumkinmi, aytilmagan.
    .body =
        ## Ikki bosqich
        1. **Doimiy yashash uchun ruxsatnoma** (разрешение на ПМЖ).
        2. **Yashash guvohnomasi** (вид на жительство иностранца). U 16 yoshdan beriladi.

        Arizangiz koʻrib chiqilayotganda viza yoki 90 kungacha boʻlgan vaqtincha ruxsatnoma bilan turishingiz mumkin (Migratsiya qonuni, «О миграции населения», 7-modda).

        ## Ruxsatnoma uchun hujjatlar
        Hujjatlar qatoriga quyidagilar kiradi:
        - 180 kundan ortiq amal qiladigan pasport;
        - oʻz davlatingizning emigratsiyangizga (koʻchib ketishingizga) roziligi;
        - tarjimai hol (hayotingiz haqida hikoya);
        - oʻzingizni taʼminlay olishingizni koʻrsatadigan dalil;
        - sudlanganlik haqida maʼlumotnoma (справка о судимости);
        - uy-joyingiz uchun rozilik. 2023-yil fevraldan beri uy-joy egasi shaxsan keladi yoki notarius tasdiqlagan rozilik beradi.

        > [!NOTE]
        > Rasmiy roʻyxatlar pasportingiz nusxasini va asl nusxasini «solishtirish uchun» (для сверки) soʻraydi. Ularda asl pasport darhol qaytarilishi aytilmagan. Uni tekshirishni, nusxasini hujjatlarga qoʻshishni va asl pasportni qaytarishni soʻrang. Agar olib qolishsa, qonun hujjatini va yozma hujjat soʻrang. «Asl pasportimni tekshiring va menga qaytaring» kartasini koʻrsating.

        ## Guvohnoma uchun hujjatlar
        - davlat boji (государственная пошлина) toʻlangani haqida kvitansiya;
        - 2 ta fotosurat;
        - amaldagi pasportingiz.

        Hujjatlarni topshirganingizda sizga **yirtib olinadigan talon** (отрывной талон) beriladi. Guvohnoma **7 ish kunida** (tezkor xizmat) yoki **17 ish kunida** (oddiy xizmat) tayyor boʻladi.

        ## Endi nima qilish kerak
        - Har bir hujjatni topshirishdan oldin nusxasini oling.
        - Har bir kvitansiyani saqlang, yirtib olinadigan talonni esa guvohnomangizni olguningizcha saqlang.
        - Agar mansabdor shaxs bu roʻyxatlarda yoʻq hujjatni soʻrasa, qarang [qonun qaysi hujjatlarni talab qiladi](article:kz-required-documents).
        - Koʻchib oʻtganingizdan keyin manzilingizni roʻyxatdan oʻtkazing: qarang [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration).
        - Guvohnomangiz muddati tugashidan oldin [yashash guvohnomasini uzaytirish](article:kz-residence-card-renewal) haqida oʻqing.
