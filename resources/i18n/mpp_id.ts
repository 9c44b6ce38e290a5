<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Kiosk</name>
    <message>
        <source>Person with a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Older person (lanjut usia)</source>
        <translation>Lanjut usia</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak-anak</translation>
    </message>
    <message>
        <source>Victim of a natural or social disaster</source>
        <translation>Korban bencana alam atau sosial</translation>
    </message>
    <message>
        <source>Closed for a national holiday: {name}</source>
        <translation>Tutup, libur nasional: {name}</translation>
    </message>
    <message>
        <source>The MPP is closed today: {reason}</source>
        <translation>MPP tutup hari ini: {reason}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Tutup hari ini</translation>
    </message>
    <message>
        <source>Opens at {time}</source>
        <translation>Buka pukul {time}</translation>
    </message>
    <message>
        <source>Tickets were given until {time}</source>
        <translation>Nomor antrian hanya sampai pukul {time}</translation>
    </message>
    <message>
        <source>Today&apos;s quota of {quota} tickets is full</source>
        <translation>Kuota hari ini ({quota} nomor) sudah habis</translation>
    </message>
    <message>
        <source>Not offered at the moment</source>
        <translation>Sedang tidak dilayani</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Belum dapat dilayani</translation>
    </message>
    <message>
        <source>Today&apos;s quota for this service has just filled up.</source>
        <translation>Kuota layanan ini untuk hari ini baru saja habis.</translation>
    </message>
    <message>
        <source>The time for taking tickets for this service has just passed.</source>
        <translation>Waktu pengambilan nomor untuk layanan ini baru saja berakhir.</translation>
    </message>
    <message>
        <source>This service is not open yet.</source>
        <translation>Layanan ini belum buka.</translation>
    </message>
    <message>
        <source>This service is closed today.</source>
        <translation>Layanan ini tutup hari ini.</translation>
    </message>
    <message>
        <source>The MPP is closed today for a national holiday.</source>
        <translation>MPP tutup hari ini karena libur nasional.</translation>
    </message>
    <message>
        <source>The MPP is closed today.</source>
        <translation>MPP tutup hari ini.</translation>
    </message>
    <message>
        <source>This service is not offered at the moment.</source>
        <translation>Layanan ini sedang tidak dilayani.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask our staff for help.</source>
        <translation>Terjadi kendala. Silakan minta bantuan petugas kami.</translation>
    </message>
    <message>
        <source>no counter open yet</source>
        <translation>belum ada loket yang buka</translation>
    </message>
    <message>
        <source>called soon</source>
        <translation>segera dipanggil</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>± %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Ganti bahasa</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Huruf besar</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ke awal</translation>
    </message>
    <message>
        <source>Welcome to {mpp}</source>
        <translation>Selamat datang di {mpp}</translation>
    </message>
    <message>
        <source>Public services of many agencies under one roof</source>
        <translation>Layanan publik berbagai instansi dalam satu gedung</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>Ambil Nomor Antrian</translation>
    </message>
    <message>
        <source>Touch the green button to start</source>
        <translation>Sentuh tombol hijau untuk mulai</translation>
    </message>
    <message>
        <source>Choose an agency</source>
        <translation>Pilih instansi</translation>
    </message>
    <message>
        <source>Touch the agency that gives the service you need</source>
        <translation>Sentuh instansi yang memberikan layanan yang Anda perlukan</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n layanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n orang menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a service to see what to bring and take a number</source>
        <translation>Pilih layanan untuk melihat persyaratan dan mengambil nomor</translation>
    </message>
    <message>
        <source>Number {prefix}</source>
        <translation>Nomor {prefix}</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>What you receive</source>
        <translation>Produk layanan</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>Pengaduan, saran dan masukan</translation>
    </message>
    <message>
        <source>Take a number for this service</source>
        <translation>Ambil Nomor untuk Layanan Ini</translation>
    </message>
    <message>
        <source>Do you need priority service?</source>
        <translation>Apakah Anda memerlukan pelayanan prioritas?</translation>
    </message>
    <message>
        <source>The law (UU 25/2009 Pasal 29) gives priority to these groups. Please choose one only if it applies to you.</source>
        <translation>Undang-undang (UU 25/2009 Pasal 29) memberi pelayanan khusus kepada kelompok berikut. Pilih hanya jika Anda termasuk di dalamnya.</translation>
    </message>
    <message>
        <source>No, a regular number</source>
        <translation>Tidak, nomor biasa</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>Nomor antrian Anda</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n orang di depan Anda</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not print your ticket. Please take a photo of this screen: the code below is your ticket. Our staff have been told.</source>
        <translation>Printer tidak dapat mencetak tiket Anda. Silakan foto layar ini: kode di bawah adalah tiket Anda. Petugas kami sudah diberi tahu.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Tiket Anda sedang dicetak…</translation>
    </message>
    <message>
        <source>Please take your printed ticket below the screen.</source>
        <translation>Silakan ambil tiket Anda di bawah layar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Mohon maaf</translation>
    </message>
    <message>
        <source>Choose another service</source>
        <translation>Pilih layanan lain</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Kiosk (portrait touch screen)</source>
        <translation>Kios (layar sentuh tegak)</translation>
    </message>
    <message>
        <source>Kiosk (landscape touch screen)</source>
        <translation>Kios (layar sentuh mendatar)</translation>
    </message>
    <message>
        <source>{mpp}: demo</source>
        <translation>{mpp}: demo</translation>
    </message>
    <message>
        <source>Open a station on the demo database. Each one runs as its own program, as on its own PC.</source>
        <translation>Buka stasiun pada basis data demo. Masing-masing berjalan sebagai program sendiri, seperti di PC-nya sendiri.</translation>
    </message>
    <message>
        <source>Tickets are printed as ESC/POS bytes into {file}.</source>
        <translation>Tiket dicetak sebagai bita ESC/POS ke {file}.</translation>
    </message>
    <message>
        <source>Database: {db} · {day}</source>
        <translation>Basis data: {db} · {day}</translation>
    </message>
</context>
</TS>
