//! The words the corpus generator builds releases from, written for it (not taken from
//! the acceptance samples). Placeholders in braces are filled per release:
//! `{inst}` the satker (`KPU Kota Semarang`), `{topic}` the event in lower case, `{place}`,
//! `{name}`/`{first}` a speaker of the satker and `{role}` their office, `{guest}`/
//! `{guest_first}` a visitor and `{guest_role}`, `{n}`/`{m}` small numbers, `{big}` a
//! number with thousands dots, `{money}` an amount in rupiah, `{next}` a later day and
//! date (`Kamis (30/10)`), `{year}` the publication year.

/// `(headline form, body form)` of an event.
pub const TOPICS: &[(&str, &str)] = &[
    (
        "Rapat Koordinasi Pemutakhiran Data Pemilih Berkelanjutan",
        "rapat koordinasi pemutakhiran data pemilih berkelanjutan",
    ),
    (
        "Sosialisasi Pendidikan Pemilih bagi Pemilih Pemula",
        "sosialisasi pendidikan pemilih bagi pemilih pemula",
    ),
    (
        "Bimbingan Teknis Pengelolaan Arsip Dinamis",
        "bimbingan teknis pengelolaan arsip dinamis",
    ),
    (
        "Uji Publik Rancangan Penataan Daerah Pemilihan",
        "uji publik rancangan penataan daerah pemilihan",
    ),
    (
        "Pelatihan Penulisan Berita untuk Pengelola Laman",
        "pelatihan penulisan berita untuk pengelola laman",
    ),
    (
        "Audiensi dengan Organisasi Penyandang Disabilitas",
        "audiensi dengan organisasi penyandang disabilitas",
    ),
    (
        "Evaluasi Layanan Informasi Publik Triwulan III",
        "evaluasi layanan informasi publik triwulan III",
    ),
    (
        "Pemeriksaan Rutin Gudang Logistik Pemilu",
        "pemeriksaan rutin gudang logistik pemilu",
    ),
    (
        "Diskusi Kepemiluan dengan Mahasiswa",
        "diskusi kepemiluan dengan mahasiswa",
    ),
    (
        "Penandatanganan Nota Kesepahaman dengan Perguruan Tinggi",
        "penandatanganan nota kesepahaman dengan perguruan tinggi",
    ),
    (
        "Kunjungan Kerja ke Desa Peduli Pemilu",
        "kunjungan kerja ke desa peduli pemilu",
    ),
    (
        "Kelas Pemilu untuk Pelajar Sekolah Menengah",
        "kelas pemilu untuk pelajar sekolah menengah",
    ),
    (
        "Apel Pagi dan Pembinaan Pegawai Sekretariat",
        "apel pagi dan pembinaan pegawai sekretariat",
    ),
    (
        "Forum Konsultasi Publik Standar Pelayanan",
        "forum konsultasi publik standar pelayanan",
    ),
    ("Lomba Video Pendek Ajakan Memilih", "lomba video pendek ajakan memilih"),
    (
        "Rapat Evaluasi Anggaran Semester Pertama",
        "rapat evaluasi anggaran semester pertama",
    ),
    (
        "Simulasi Tanggap Darurat di Lingkungan Kantor",
        "simulasi tanggap darurat di lingkungan kantor",
    ),
    (
        "Pojok Literasi Kepemiluan di Perpustakaan Daerah",
        "pojok literasi kepemiluan di perpustakaan daerah",
    ),
];

/// `(headline verb, body verb)`.
pub const VERBS: &[(&str, &str)] = &[
    ("Gelar", "menggelar"),
    ("Selenggarakan", "menyelenggarakan"),
    ("Laksanakan", "melaksanakan"),
    ("Adakan", "mengadakan"),
];

pub const PLACES: &[&str] = &[
    "aula kantor {inst}",
    "ruang rapat kantor {inst}",
    "halaman kantor {inst}",
    "gedung serbaguna kecamatan",
    "balai desa setempat",
    "ruang pertemuan sebuah hotel di pusat kota",
];

pub const FIRST_NAMES: &[&str] = &[
    "Dimas", "Sekar", "Yusuf", "Lestari", "Hendra", "Fitri", "Agung", "Nurul", "Bayu", "Wulan", "Rahmat", "Intan",
    "Galih", "Puspita", "Taufik", "Anisa", "Yoga", "Citra", "Ilham", "Maya",
];

pub const LAST_NAMES: &[&str] = &[
    "Prasetyo",
    "Wicaksono",
    "Handayani",
    "Setiawan",
    "Permatasari",
    "Nugroho",
    "Kurniawati",
    "Hidayat",
    "Saputri",
    "Firmansyah",
    "Wibisono",
    "Rahayu",
    "Santoso",
    "Maharani",
    "Pratama",
];

/// Offices of a speaker from the satker.
pub const ROLES: &[&str] = &["Ketua {inst}", "Anggota {inst}", "Sekretaris {inst}"];

/// Offices of a visitor.
pub const GUEST_ROLES: &[&str] = &[
    "dosen ilmu politik sebuah universitas negeri",
    "ketua forum komunikasi penyandang disabilitas",
    "kepala dinas kearsipan daerah",
    "pegiat literasi dari komunitas pemuda",
    "kepala sekolah menengah atas negeri",
];

/// Sentences that finish the lead after the dateline and the event.
pub const LEAD_TAILS: &[&str] = &[
    "Kegiatan ini diikuti {n} peserta dari unsur pemerintah daerah, perguruan tinggi, dan organisasi kemasyarakatan.",
    "Sebanyak {n} orang hadir, terdiri atas pegawai sekretariat, mitra kerja, dan perwakilan masyarakat.",
    "Kegiatan yang dimulai pukul 09.00 WIB ini dihadiri jajaran sekretariat dan sejumlah tamu undangan.",
    "Acara berlangsung sejak pagi hingga siang hari dengan peserta dari berbagai kalangan.",
];

/// Body paragraphs: the story around the event.
pub const BODY: &[&str] = &[
    "Dalam sambutannya, {role}, {name}, menyampaikan bahwa {topic} merupakan bagian dari upaya menjaga kualitas penyelenggaraan pemilu. Menurutnya, pekerjaan yang tampak sederhana justru menentukan kepercayaan publik.",
    "Materi disampaikan oleh {guest}, {guest_role}. Ia memaparkan praktik baik yang sudah berjalan di daerah lain, termasuk cara membangun kerja sama dengan kelompok masyarakat di tingkat kelurahan.",
    "Peserta dibagi menjadi {m} kelompok kecil untuk membahas persoalan yang mereka temui di lapangan. Setiap kelompok kemudian mempresentasikan hasil diskusinya di hadapan narasumber.",
    "{inst} juga mengimbau masyarakat untuk aktif memeriksa data diri melalui laman resmi dan melapor apabila menemukan ketidaksesuaian. Layanan pengaduan dibuka setiap hari kerja pada pukul 08.00 sampai 16.00 WIB.",
    "Sejak 3 Februari {year}, tercatat {big} pemilih baru yang datanya telah diverifikasi. Jumlah tersebut diperkirakan masih bertambah seiring masuknya data dari dinas kependudukan.",
    "Kegiatan serupa dijadwalkan berlanjut pada {next} dengan peserta dari kecamatan yang belum mendapat giliran. Jadwal lengkap akan diumumkan melalui kanal media sosial resmi.",
    "Anggaran kegiatan ini bersumber dari dana hibah daerah, dengan biaya konsumsi sebesar {money} untuk seluruh peserta. Penggunaan anggaran dilaporkan secara terbuka kepada publik.",
    "Selain pemaparan materi, peserta diajak melakukan praktik langsung menggunakan aplikasi yang disiapkan panitia. Beberapa peserta mengaku baru pertama kali mencoba aplikasi tersebut.",
    "Di antaranya terdapat usulan agar formulir layanan dibuat lebih ringkas dan mudah dipahami. Usulan itu dicatat sebagai bahan perbaikan standar pelayanan tahun depan.",
    "Pemeriksaan juga mencakup kondisi atap, ventilasi, dan alat pemadam kebakaran untuk mengurangi risiko kerusakan barang milik negara. Hasilnya dituangkan dalam berita acara yang ditandatangani petugas.",
    "Para peserta tampak antusias mengikuti setiap sesi, terutama saat diskusi mengenai penyebaran informasi yang keliru di media sosial. Banyak pertanyaan yang muncul dari peserta muda.",
    "Apa pun latar belakangnya, setiap warga negara yang sudah berusia 17 tahun berhak didaftar sebagai pemilih. Karena itu, petugas diminta tetap teliti saat mendata warga yang pindah domisili.",
    "Hingga 30 November {year}, {inst} menargetkan seluruh dokumen tahapan sudah tersusun rapi sesuai jadwal retensi. Dokumen yang masa simpannya habis akan dinilai bersama lembaga kearsipan daerah.",
    "Pada sesi tanya jawab, seorang peserta menanyakan cara pindah memilih bagi pekerja yang tinggal jauh dari alamat asalnya. Narasumber menjelaskan syarat dan batas waktu pengajuannya satu per satu.",
    "Kerja sama ini mencakup penelitian bersama, program magang bagi mahasiswa, dan penyusunan bahan pendidikan pemilih. Kedua pihak sepakat mengevaluasi pelaksanaannya setiap enam bulan.",
    "Menurut {guest}, pendidikan pemilih yang baik perlu dimulai dari sekolah. Ia berharap kelas serupa dapat digelar secara rutin di tingkat kabupaten maupun provinsi.",
    "Sebanyak {m} unit kendaraan operasional juga diperiksa kelayakannya sebelum digunakan kembali. Kendaraan yang memerlukan perawatan segera dibawa ke bengkel rekanan.",
    "Tim penilai memberikan sejumlah catatan, di antaranya perlunya papan petunjuk yang lebih jelas bagi pengunjung kursi roda. Catatan tersebut akan ditindaklanjuti dalam waktu dekat.",
    "Peserta juga mendapat penjelasan mengenai hak pilih penyandang disabilitas, mulai dari pendataan hingga pendampingan di tempat pemungutan suara. Pendamping wajib menjaga kerahasiaan pilihan pemilih yang dibantunya.",
    "Pegawai sekretariat yang bertugas di bagian umum diminta memastikan ruang layanan tetap bersih dan nyaman. Pengunjung yang datang setiap hari rata-rata mencapai {n} orang, sebagian besar untuk mengurus surat keterangan.",
    "{guest} menilai keterbukaan informasi menjadi kunci kepercayaan publik terhadap penyelenggara pemilu. Menurutnya, lembaga yang cepat menjawab pertanyaan warga akan lebih mudah dipercaya.",
    "Usai kegiatan, panitia membagikan angket untuk menilai kepuasan peserta. Hasil angket menunjukkan {n} persen peserta menilai kegiatan ini bermanfaat bagi pekerjaan mereka.",
];

/// A speaker's words, put in `“…,” ujar {first}.`-style paragraphs.
pub const QUOTES: &[&str] = &[
    "Kami ingin setiap warga merasa dilayani dengan baik, apa pun keperluannya",
    "Data pemilih yang akurat adalah fondasi pemilu yang jujur dan adil",
    "Pintu kantor kami terbuka bagi siapa saja yang ingin belajar tentang pemilu",
    "Arsip yang tertata memudahkan kami mempertanggungjawabkan setiap tahapan",
    "Anak muda punya peran besar untuk melawan kabar bohong di media sosial",
    "Kami tidak ingin ada satu pun warga yang kehilangan hak pilihnya",
    "Masukan dari peserta hari ini akan kami jadikan bahan perbaikan layanan",
    "Kerja sama dengan kampus membuka ruang riset yang selama ini belum tergarap",
];

pub const SPEECH_VERBS: &[&str] = &["ujar", "kata", "tutur", "jelas"];

/// Closing paragraphs; the credit tail is added after them.
pub const CLOSINGS: &[&str] = &[
    "Kegiatan ditutup dengan foto bersama dan penyerahan cendera mata kepada narasumber.",
    "{inst} berharap kegiatan ini dapat meningkatkan partisipasi masyarakat pada pemilihan mendatang.",
    "Rangkaian acara diakhiri dengan doa bersama yang dipimpin salah satu pegawai sekretariat.",
    "Seluruh bahan paparan dapat diunduh melalui laman resmi {inst} setelah kegiatan berakhir.",
];

pub const TAGS: &[&str] = &[
    "sosialisasi",
    "data pemilih",
    "humas",
    "arsip",
    "logistik",
    "pendidikan pemilih",
];
