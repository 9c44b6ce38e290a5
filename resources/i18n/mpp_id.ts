<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Counter</name>
    <message numerus="yes">
        <source>Wrong username or password. %n more tries before a lock.</source>
        <translation>
            <numerusform>Nama pengguna atau kata sandi salah. Sisa %n kali percobaan sebelum dikunci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords. Signing in is locked for a few minutes.</source>
        <translation>Terlalu banyak kata sandi salah. Masuk dikunci selama beberapa menit.</translation>
    </message>
    <message>
        <source>Type your username and your password or PIN.</source>
        <translation>Ketik nama pengguna dan kata sandi atau PIN Anda.</translation>
    </message>
    <message>
        <source>This account may not work at a counter.</source>
        <translation>Akun ini tidak boleh bertugas di loket.</translation>
    </message>
    <message>
        <source>Finish, mark absent or hold the ticket at your counter first.</source>
        <translation>Selesaikan, tandai tidak hadir, atau tahan dulu tiket di loket Anda.</translation>
    </message>
    <message>
        <source>Your counter is on a break. Resume work first.</source>
        <translation>Loket Anda sedang istirahat. Lanjutkan kerja dulu.</translation>
    </message>
    <message>
        <source>Nobody is waiting for your counter.</source>
        <translation>Tidak ada yang menunggu untuk loket Anda.</translation>
    </message>
    <message>
        <source>Recall the ticket a few more times before marking it absent.</source>
        <translation>Panggil ulang tiket beberapa kali lagi sebelum menandainya tidak hadir.</translation>
    </message>
    <message>
        <source>That is not possible for this ticket now.</source>
        <translation>Itu tidak dapat dilakukan untuk tiket ini sekarang.</translation>
    </message>
    <message>
        <source>That ticket is at another counter.</source>
        <translation>Tiket itu ada di loket lain.</translation>
    </message>
    <message>
        <source>Your counter does not serve that service.</source>
        <translation>Loket Anda tidak melayani layanan itu.</translation>
    </message>
    <message>
        <source>That ticket belongs to another day.</source>
        <translation>Tiket itu milik hari lain.</translation>
    </message>
    <message>
        <source>The ticket is already for that service.</source>
        <translation>Tiket itu sudah untuk layanan tersebut.</translation>
    </message>
    <message>
        <source>Today&apos;s quota for that service is full.</source>
        <translation>Kuota hari ini untuk layanan itu sudah penuh.</translation>
    </message>
    <message>
        <source>That service takes no more tickets today.</source>
        <translation>Layanan itu tidak menerima tiket lagi hari ini.</translation>
    </message>
    <message>
        <source>That service is not offered at the moment.</source>
        <translation>Layanan itu sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Panggil berikutnya</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Mulai layani</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Resume held</source>
        <translation>Lanjutkan yang ditahan</translation>
    </message>
    <message>
        <source>Back in queue</source>
        <translation>Kembali ke antrean</translation>
    </message>
    <message>
        <source>Call selected</source>
        <translation>Panggil yang dipilih</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Tanpa tiket</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s): waiting for the citizen</source>
        <translation>
            <numerusform>Dipanggil %n kali: menunggu warga datang</numerusform>
        </translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Sign in to your counter</source>
        <translation>Masuk ke loket Anda</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Kata sandi atau PIN</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>belum ada layanan</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Alihkan %1</translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation>Ketik untuk mencari layanan</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (boleh kosong)</translation>
    </message>
    <message>
        <source>Send the citizen to:</source>
        <translation>Arahkan warga ke:</translation>
    </message>
    <message>
        <source>A citizen without a ticket: issue one for</source>
        <translation>Warga tanpa tiket: terbitkan tiket untuk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>At your counter</source>
        <translation>Di loket Anda</translation>
    </message>
    <message>
        <source>Outcome note, saved with Finish (optional)</source>
        <translation>Catatan hasil, disimpan saat Selesai (boleh kosong)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Datang</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>No counter is set up yet. Ask the supervisor.</source>
        <translation>Belum ada loket yang diatur. Hubungi supervisor.</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Lanjutkan kerja</translation>
    </message>
    <message>
        <source>Nobody at your counter</source>
        <translation>Tidak ada warga di loket Anda</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your counter</source>
        <translation>
            <numerusform>%n menunggu untuk loket Anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n waiting</source>
        <translation>
            <numerusform>Antrean: %n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On hold here: %n</source>
        <translation>
            <numerusform>Ditahan di sini: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absent, may come back: %n</source>
        <translation>
            <numerusform>Tidak hadir, boleh kembali: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritas: %1</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>%1 dipanggil</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 selesai</translation>
    </message>
    <message>
        <source>%1 marked absent</source>
        <translation>%1 ditandai tidak hadir</translation>
    </message>
    <message>
        <source>%1 on hold</source>
        <translation>%1 ditahan</translation>
    </message>
    <message>
        <source>%1 is back in the queue</source>
        <translation>%1 kembali ke antrean</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1 dialihkan ke %2</translation>
    </message>
    <message>
        <source>Walk-in: ticket %1 issued and called</source>
        <translation>Tanpa tiket: tiket %1 diterbitkan dan dipanggil</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Display board</source>
        <translation>Papan antrian</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Loket {number}</translation>
    </message>
    <message>
        <source>Queue number, called again</source>
        <translation>Nomor antrian, panggilan ulang</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <source>No number has been called yet today</source>
        <translation>Belum ada nomor yang dipanggil hari ini</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>Silakan menuju</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Panggilan sebelumnya</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Welcome to {mpp}. Please wait until your number is called.</source>
        <translation>Selamat datang di {mpp}. Silakan menunggu hingga nomor antrian Anda dipanggil.</translation>
    </message>
    <message>
        <source>Sound off: no audio device</source>
        <translation>Suara mati: tidak ada perangkat audio</translation>
    </message>
</context>
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
        <source>Satisfaction survey</source>
        <translation>Survei Kepuasan</translation>
    </message>
    <message>
        <source>Touch a button to start</source>
        <translation>Sentuh salah satu tombol untuk mulai</translation>
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
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>space</source>
        <translation>spasi</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Huruf kapital</translation>
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
        <source>Survey tablet at a counter</source>
        <translation>Tablet survei di loket</translation>
    </message>
    <message>
        <source>Counter (loket) desk</source>
        <translation>Meja loket</translation>
    </message>
    <message>
        <source>Display board, with voice</source>
        <translation>Papan tampilan, dengan suara</translation>
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
        <source>At a counter, sign in as asep with the password demo-loket1 (loket 1); the demo catalog lists the other accounts.</source>
        <translation>Di loket, masuk sebagai asep dengan kata sandi demo-loket1 (loket 1); akun lainnya ada di katalog demo.</translation>
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
<context>
    <name>Survey</name>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>What do you think of how well the service requirements fit the type of service?</source>
        <translation>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Somewhat suitable</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>Systems, mechanisms and procedures</source>
        <translation>Sistem, Mekanisme, dan Prosedur</translation>
    </message>
    <message>
        <source>What do you think of how easy the service procedures of this unit are?</source>
        <translation>Bagaimana pendapat Saudara tentang kemudahan prosedur pelayanan di unit ini?</translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation>Tidak mudah</translation>
    </message>
    <message>
        <source>Somewhat easy</source>
        <translation>Kurang mudah</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sangat mudah</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Waktu Penyelesaian</translation>
    </message>
    <message>
        <source>What do you think of how quickly the service was given?</source>
        <translation>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation>Tidak cepat</translation>
    </message>
    <message>
        <source>Somewhat fast</source>
        <translation>Kurang cepat</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cepat</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Sangat cepat</translation>
    </message>
    <message>
        <source>Cost or fee</source>
        <translation>Biaya/Tarif</translation>
    </message>
    <message>
        <source>What do you think of how fair the cost or fee of the service is?</source>
        <translation>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation>Sangat mahal</translation>
    </message>
    <message>
        <source>Rather expensive</source>
        <translation>Cukup mahal</translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation>Murah</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>What the service delivers</source>
        <translation>Produk Spesifikasi Jenis Pelayanan</translation>
    </message>
    <message>
        <source>What do you think of how well what you received matches what the service standard says you receive?</source>
        <translation>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Kompetensi Pelaksana</translation>
    </message>
    <message>
        <source>What do you think of the competence and skill of the staff who served you?</source>
        <translation>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Tidak kompeten</translation>
    </message>
    <message>
        <source>Somewhat competent</source>
        <translation>Kurang kompeten</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Kompeten</translation>
    </message>
    <message>
        <source>Very competent</source>
        <translation>Sangat kompeten</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Perilaku Pelaksana</translation>
    </message>
    <message>
        <source>What do you think of how polite and friendly the staff who served you were?</source>
        <translation>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</translation>
    </message>
    <message>
        <source>Not polite and friendly</source>
        <translation>Tidak sopan dan ramah</translation>
    </message>
    <message>
        <source>Somewhat polite and friendly</source>
        <translation>Kurang sopan dan ramah</translation>
    </message>
    <message>
        <source>Polite and friendly</source>
        <translation>Sopan dan ramah</translation>
    </message>
    <message>
        <source>Very polite and friendly</source>
        <translation>Sangat sopan dan ramah</translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and feedback</source>
        <translation>Penanganan Pengaduan, Saran dan Masukan</translation>
    </message>
    <message>
        <source>What do you think of how complaints from service users are handled?</source>
        <translation>Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?</translation>
    </message>
    <message>
        <source>There is no way to complain</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>There is one, but it does not work</source>
        <translation>Ada tetapi tidak berfungsi</translation>
    </message>
    <message>
        <source>It works, but not fully</source>
        <translation>Berfungsi kurang maksimal</translation>
    </message>
    <message>
        <source>It is well managed</source>
        <translation>Dikelola dengan baik</translation>
    </message>
    <message>
        <source>Facilities and infrastructure</source>
        <translation>Sarana dan Prasarana</translation>
    </message>
    <message>
        <source>What do you think of the quality of the facilities and infrastructure?</source>
        <translation>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Primary (SD)</source>
        <translation>SD / sederajat</translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation>SMP / sederajat</translation>
    </message>
    <message>
        <source>Senior high (SMA)</source>
        <translation>SMA / sederajat</translation>
    </message>
    <message>
        <source>Diploma 1 (D1)</source>
        <translation>D1</translation>
    </message>
    <message>
        <source>Diploma 2 (D2)</source>
        <translation>D2</translation>
    </message>
    <message>
        <source>Diploma 3 (D3)</source>
        <translation>D3</translation>
    </message>
    <message>
        <source>Diploma 4 (D4)</source>
        <translation>D4</translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation>S1</translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation>S2</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>Armed forces (TNI)</source>
        <translation>TNI</translation>
    </message>
    <message>
        <source>Police (POLRI)</source>
        <translation>POLRI</translation>
    </message>
    <message>
        <source>Private sector employee</source>
        <translation>Swasta</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Wirausaha</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>This ticket has not been served yet. Please answer the survey after your service.</source>
        <translation>Tiket ini belum dilayani. Silakan isi survei setelah Anda dilayani.</translation>
    </message>
    <message>
        <source>The survey for this ticket has already been answered. Thank you!</source>
        <translation>Survei untuk tiket ini sudah diisi. Terima kasih!</translation>
    </message>
    <message>
        <source>We cannot find this ticket. Please check the number: only today&apos;s numbers can be typed.</source>
        <translation>Tiket ini tidak ditemukan. Periksa kembali nomornya: hanya nomor hari ini yang dapat diketik.</translation>
    </message>
    <message>
        <source>This is not a ticket code. Please scan the QR code on your ticket or type its number.</source>
        <translation>Ini bukan kode tiket. Silakan pindai kode QR pada tiket Anda atau ketik nomornya.</translation>
    </message>
    <message>
        <source>Another survey was sent from this screen a moment ago. Please wait a minute, then send yours again.</source>
        <translation>Survei lain baru saja dikirim dari layar ini. Mohon tunggu sebentar, lalu kirim survei Anda lagi.</translation>
    </message>
    <message>
        <source>Please answer at least one of the nine questions.</source>
        <translation>Mohon jawab paling sedikit satu dari sembilan pertanyaan.</translation>
    </message>
    <message>
        <source>This service is no longer offered.</source>
        <translation>Layanan ini sudah tidak tersedia.</translation>
    </message>
    <message>
        <source>Checking your ticket…</source>
        <translation>Memeriksa tiket Anda…</translation>
    </message>
    <message>
        <source>{service} · ticket {ticket}</source>
        <translation>{service} · tiket {ticket}</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei Kepuasan Masyarakat</translation>
    </message>
    <message>
        <source>Tell us about the service you received. The survey is anonymous: we never ask your name.</source>
        <translation>Sampaikan pendapat Anda tentang pelayanan yang Anda terima. Survei ini tanpa nama: kami tidak pernah menanyakan nama Anda.</translation>
    </message>
    <message>
        <source>Scan the QR code of your ticket</source>
        <translation>Pindai kode QR tiket Anda</translation>
    </message>
    <message>
        <source>Hold the code printed on your ticket under the scanner.</source>
        <translation>Dekatkan kode QR yang tercetak pada tiket Anda ke pemindai.</translation>
    </message>
    <message>
        <source>Type my ticket number</source>
        <translation>Ketik nomor tiket saya</translation>
    </message>
    <message>
        <source>I have no ticket: choose the service</source>
        <translation>Saya tidak punya tiket: pilih layanan</translation>
    </message>
    <message>
        <source>Type your ticket number</source>
        <translation>Ketik nomor tiket Anda</translation>
    </message>
    <message>
        <source>The letter and the number printed large on your ticket, such as A023.</source>
        <translation>Huruf dan angka yang tercetak besar pada tiket Anda, misalnya A023.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Which agency served you?</source>
        <translation>Instansi mana yang melayani Anda?</translation>
    </message>
    <message>
        <source>Touch the agency, then the service you received.</source>
        <translation>Sentuh instansinya, lalu layanan yang Anda terima.</translation>
    </message>
    <message>
        <source>Which service did you receive?</source>
        <translation>Layanan apa yang Anda terima?</translation>
    </message>
    <message>
        <source>About you: {step} of {steps}</source>
        <translation>Tentang Anda: {step} dari {steps}</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Your highest education</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>Your occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>The survey is anonymous. You may skip any question.</source>
        <translation>Survei ini tanpa nama. Anda boleh melewati pertanyaan mana pun.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>In years, from {low} to {high}.</source>
        <translation>Dalam tahun, dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Pertanyaan {number} dari {count}</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Lewati pertanyaan ini</translation>
    </message>
    <message>
        <source>Any suggestion? (optional)</source>
        <translation>Ada saran? (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Type it on the keyboard below, or send your answers without one.</source>
        <translation>Ketik pada papan ketik di bawah, atau kirim jawaban Anda tanpa saran.</translation>
    </message>
    <message>
        <source>Your suggestion appears here</source>
        <translation>Saran Anda akan tampil di sini</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Send without a suggestion</source>
        <translation>Kirim tanpa saran</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Terima kasih</translation>
    </message>
    <message>
        <source>Your answers help us improve our public services.</source>
        <translation>Jawaban Anda membantu kami memperbaiki pelayanan publik.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Kembali ke pertanyaan</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim lagi</translation>
    </message>
</context>
</TS>
