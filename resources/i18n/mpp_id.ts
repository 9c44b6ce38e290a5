<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <source>Complaint handler</source>
        <translation>Petugas pengaduan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>This code belongs to the inactive {other}: make that one active again instead.</source>
        <translation>Kode ini milik {other} yang nonaktif: aktifkan kembali yang itu saja.</translation>
    </message>
    <message>
        <source>This number belongs to the inactive {other}: make that one active again instead.</source>
        <translation>Nomor ini milik {other} yang nonaktif: aktifkan kembali yang itu saja.</translation>
    </message>
    <message>
        <source>Counter {counter} would be left without a service. Give it another service first (page Counters).</source>
        <translation>Loket {counter} akan menjadi tanpa layanan. Berikan dulu layanan lain kepadanya (halaman Loket).</translation>
    </message>
    <message>
        <source>{day}: write the hours like 08.00-15.00, opening before closing.</source>
        <translation>{day}: tulis jam seperti 08.00-15.00, jam buka sebelum jam tutup.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Mohon diisi.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Isian ini tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Terlalu panjang: paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Capital letters, digits and _ only, at most 32.</source>
        <translation>Hanya huruf kapital, angka, dan _, paling banyak 32.</translation>
    </message>
    <message>
        <source>This code is already used by {other}.</source>
        <translation>Kode ini sudah dipakai oleh {other}.</translation>
    </message>
    <message>
        <source>One or two letters A-Z.</source>
        <translation>Satu atau dua huruf A-Z.</translation>
    </message>
    <message>
        <source>Another active service ({other}) already has this prefix.</source>
        <translation>Layanan aktif lain ({other}) sudah memakai awalan ini.</translation>
    </message>
    <message>
        <source>At least 1 ticket a day, or no quota.</source>
        <translation>Paling sedikit 1 tiket sehari, atau tanpa kuota.</translation>
    </message>
    <message>
        <source>At least 1 minute.</source>
        <translation>Paling sedikit 1 menit.</translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation>Satu butir per baris.</translation>
    </message>
    <message>
        <source>Write the hours like 08.00-15.00, opening before closing.</source>
        <translation>Tulis jam seperti 08.00-15.00, jam buka sebelum jam tutup.</translation>
    </message>
    <message>
        <source>Minutes before closing: 0 or more.</source>
        <translation>Menit sebelum tutup: 0 atau lebih.</translation>
    </message>
    <message>
        <source>Give the hours of at least one day, or tick the box to follow the hours above.</source>
        <translation>Isi jam buka paling sedikit satu hari, atau centang kotak di atasnya agar mengikuti jam tingkat atas.</translation>
    </message>
    <message>
        <source>{cutoff} minutes before closing leaves no time for tickets on {day}.</source>
        <translation>{cutoff} menit sebelum tutup tidak menyisakan waktu pengambilan tiket pada hari {day}.</translation>
    </message>
    <message>
        <source>This number is already used by {other}.</source>
        <translation>Nomor ini sudah dipakai oleh {other}.</translation>
    </message>
    <message>
        <source>A counter number is 1 to 999.</source>
        <translation>Nomor loket antara 1 sampai 999.</translation>
    </message>
    <message>
        <source>A counter serves at least one service.</source>
        <translation>Loket melayani paling sedikit satu layanan.</translation>
    </message>
    <message>
        <source>Unknown service {service}.</source>
        <translation>Layanan {service} tidak dikenal.</translation>
    </message>
    <message>
        <source>{service} is not offered: choose an active service.</source>
        <translation>{service} sedang tidak dilayani: pilih layanan yang aktif.</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Pilih instansi.</translation>
    </message>
    <message>
        <source>This username is already used by {other}.</source>
        <translation>Nama pengguna ini sudah dipakai oleh {other}.</translation>
    </message>
    <message>
        <source>Letters, digits, '.', '_' or '-' only, without spaces.</source>
        <translation>Hanya huruf, angka, '.', '_' atau '-', tanpa spasi.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Pilih peran.</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation>Paling sedikit {min} karakter.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain: only an administrator manages staff accounts.</source>
        <translation>Harus tetap ada paling sedikit satu administrator aktif: hanya administrator yang mengelola akun petugas.</translation>
    </message>
    <message>
        <source>That day is past: its closure is history.</source>
        <translation>Tanggal itu sudah lewat: penutupannya sudah menjadi riwayat.</translation>
    </message>
    <message>
        <source>That day has a closure already: choose it in the list.</source>
        <translation>Tanggal itu sudah memiliki penutupan: pilih di daftar.</translation>
    </message>
    <message>
        <source>Give two times of the day, from before until (like 12.00 and 13.30).</source>
        <translation>Isi dua jam, jam mulai sebelum jam selesai (misalnya 12.00 dan 13.30).</translation>
    </message>
    <message>
        <source>One line of plain text, at most {limit} characters.</source>
        <translation>Satu baris teks biasa, paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>This setting is not set centrally.</source>
        <translation>Pengaturan ini tidak diatur secara terpusat.</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Isian ini tidak dapat dipakai di sini.</translation>
    </message>
    <message>
        <source>This station has settings already: choose it in the list.</source>
        <translation>Stasiun ini sudah memiliki pengaturan: pilih di daftar.</translation>
    </message>
    <message>
        <source>One line of at most 64 characters.</source>
        <translation>Satu baris, paling banyak 64 karakter.</translation>
    </message>
    <message>
        <source>Your role may not change this.</source>
        <translation>Peran Anda tidak berwenang mengubah ini.</translation>
    </message>
    <message>
        <source>Write the printer like usb:04b8:0202, tcp:192.168.1.50 or file:/path.</source>
        <translation>Tulis printer seperti usb:04b8:0202, tcp:192.168.1.50 atau file:/path.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Ketik untuk menyaring</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Saring daftar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>There are unsaved changes: save them (Ctrl+S) or cancel them (Esc) first.</source>
        <translation>Ada perubahan yang belum disimpan: simpan (Ctrl+S) atau batalkan (Esc) dulu.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved. Every station uses it from now on.</source>
        <translation>Tersimpan. Semua stasiun memakainya mulai sekarang.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation>Tidak tersimpan: lihat isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Hapus {name}?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Sudah dihapus.</translation>
    </message>
    <message>
        <source>Active (offered / in use)</source>
        <translation>Aktif (dilayani / dipakai)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nama dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>The MPP's hours</source>
        <translation>Ikuti jam MPP</translation>
    </message>
    <message>
        <source>Tickets until</source>
        <translation>Tiket sampai</translation>
    </message>
    <message>
        <source>the MPP's cutoff</source>
        <translation>ikuti batas MPP</translation>
    </message>
    <message>
        <source> min before closing</source>
        <translation> menit sebelum tutup</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Instansi baru</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Awalan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Awalan tiket</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Kuota harian</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>tanpa kuota</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> tiket</translation>
    </message>
    <message>
        <source>Takes priority tickets (UU 25/2009 Pasal 29)</source>
        <translation>Menerima tiket prioritas (UU 25/2009 Pasal 29)</translation>
    </message>
    <message>
        <source>Typical service</source>
        <translation>Lama layanan</translation>
    </message>
    <message>
        <source> min per citizen</source>
        <translation> menit per warga</translation>
    </message>
    <message>
        <source>Waiting target</source>
        <translation>Target waktu tunggu</translation>
    </message>
    <message>
        <source>the MPP's default</source>
        <translation>ikuti bawaan MPP</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>The agency's hours</source>
        <translation>Ikuti jam instansi</translation>
    </message>
    <message>
        <source>the agency's cutoff</source>
        <translation>ikuti batas instansi</translation>
    </message>
    <message>
        <source>Standar pelayanan (shown at the kiosk)</source>
        <translation>Standar pelayanan (ditampilkan di kios)</translation>
    </message>
    <message>
        <source>Requirements
(one per line)</source>
        <translation>Persyaratan
(satu per baris)</translation>
    </message>
    <message>
        <source>Procedure
(one step per line)</source>
        <translation>Prosedur
(satu langkah per baris)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk layanan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Layanan baru</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Awalan</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation>Nomor loket</translation>
    </message>
    <message>
        <source>Loket 1 Dukcapil</source>
        <translation>Loket 1 Dukcapil</translation>
    </message>
    <message>
        <source>Serves
(tick at least one)</source>
        <translation>Melayani
(centang minimal satu)</translation>
    </message>
    <message>
        <source>New counter</source>
        <translation>Loket baru</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Kata sandi atau PIN</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Aktif (boleh masuk)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one; type a new one to reset it.</source>
        <translation>Kosongkan untuk tetap memakai yang sekarang; ketik yang baru untuk menggantinya.</translation>
    </message>
    <message>
        <source>At least 4 characters. The staff member changes nothing else: give it to them in person.</source>
        <translation>Paling sedikit 4 karakter. Petugas tidak dapat mengubahnya sendiri: serahkan langsung kepadanya.</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Akun petugas baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>libur</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>sehari penuh</translation>
    </message>
    <message>
        <source>Holidays and closures</source>
        <translation>Libur dan penutupan</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Tutup sehari penuh</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Tutup mulai</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>Tutup sampai</translation>
    </message>
    <message>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Pemeliharaan gedung</source>
        <translation>Pemeliharaan gedung</translation>
    </message>
    <message>
        <source>Citizens read the reason at the kiosk. National holidays and cuti bersama close the MPP by themselves; they are listed in grey.</source>
        <translation>Warga membaca alasannya di kios. Libur nasional dan cuti bersama menutup MPP secara otomatis; keduanya tercantum dengan warna abu-abu.</translation>
    </message>
    <message>
        <source>Remove the closure of {day}? The MPP then opens that day.</source>
        <translation>Hapus penutupan {day}? MPP akan buka pada hari itu.</translation>
    </message>
    <message>
        <source>New closure</source>
        <translation>Penutupan baru</translation>
    </message>
    <message>
        <source>Closure of {day}</source>
        <translation>Penutupan {day}</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Printer tiket</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <source>QR code on paper</source>
        <translation>Kode QR pada kertas</translation>
    </message>
    <message>
        <source>Kiosk language</source>
        <translation>Bahasa kios</translation>
    </message>
    <message>
        <source>Kiosk idle timeout</source>
        <translation>Batas waktu diam kios</translation>
    </message>
    <message>
        <source>Kiosk starts in large type</source>
        <translation>Kios mulai dengan huruf besar</translation>
    </message>
    <message>
        <source>Survey: seconds between responses</source>
        <translation>Survei: jeda antarjawaban (detik)</translation>
    </message>
    <message>
        <source>Display voice</source>
        <translation>Suara papan tampilan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>Diatur di sini</translation>
    </message>
    <message>
        <source>Every station (*)</source>
        <translation>Semua stasiun (*)</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Pengaturan stasiun</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <source>as in its station.toml, or * for every station</source>
        <translation>sesuai station.toml-nya, atau * untuk semua stasiun</translation>
    </message>
    <message>
        <source>A ticked setting overrides the station's own file (station.toml); the station uses it within seconds, without a restart. A station's own entry overrides the one for every station (*).</source>
        <translation>Pengaturan yang dicentang menggantikan isi berkas stasiun itu sendiri (station.toml); stasiun memakainya dalam beberapa detik, tanpa dimulai ulang. Entri khusus suatu stasiun menggantikan entri untuk semua stasiun (*).</translation>
    </message>
    <message>
        <source>as an image (every printer)</source>
        <translation>sebagai gambar (semua printer)</translation>
    </message>
    <message>
        <source>the printer's own QR command</source>
        <translation>perintah QR bawaan printer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>in words: "A dua puluh tiga"</source>
        <translation>sebagai bilangan: "A dua puluh tiga"</translation>
    </message>
    <message>
        <source>digit by digit: "A nol dua tiga"</source>
        <translation>per angka: "A nol dua tiga"</translation>
    </message>
    <message>
        <source>Remove the central settings of {name}? It then follows its own file again.</source>
        <translation>Hapus pengaturan terpusat {name}? Stasiun itu kembali mengikuti berkasnya sendiri.</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>Stasiun baru</translation>
    </message>
    <message>
        <source>Running text of the display boards</source>
        <translation>Teks berjalan papan tampilan</translation>
    </message>
    <message>
        <source>One line that scrolls along the bottom of every display board. Leave it empty for the board's own welcome.</source>
        <translation>Satu baris yang bergulir di bagian bawah setiap papan tampilan. Kosongkan untuk memakai ucapan selamat datang bawaan papan.</translation>
    </message>
    <message>
        <source>Running text</source>
        <translation>Teks berjalan</translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} dari {limit} karakter</translation>
    </message>
    <message>
        <source>Saved. Every display board shows it from now on.</source>
        <translation>Tersimpan. Semua papan tampilan menampilkannya mulai sekarang.</translation>
    </message>
    <message>
        <source>Administration areas</source>
        <translation>Bagian administrasi</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change this.</source>
        <translation>Hanya supervisor atau administrator yang boleh mengubah ini.</translation>
    </message>
    <message>
        <source>Only an administrator may change this; you can look.</source>
        <translation>Hanya administrator yang boleh mengubah ini; Anda hanya dapat melihat.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n pengaturan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>NIK (16 digits)</source>
        <translation>NIK (16 angka)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Tiket antrean</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Waktu kejadian</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Tempat kejadian</translation>
    </message>
    <message>
        <source>What fell short</source>
        <translation>Uraian pengaduan</translation>
    </message>
    <message>
        <source>The loss it caused</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <source>The settlement asked</source>
        <translation>Penyelesaian yang diminta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>With my name</source>
        <translation>Dengan nama saya</translation>
    </message>
    <message>
        <source>Staff handling the complaint see your name and contacts.</source>
        <translation>Petugas yang menangani pengaduan melihat nama dan kontak Anda.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>The complaint is handled, but nobody outside the complaint unit learns who filed it. No name is asked.</source>
        <translation>Pengaduan ditangani, tetapi tidak ada orang di luar unit pengaduan yang tahu siapa pelapornya. Nama tidak ditanyakan.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>The whole complaint is kept secret: only the complaint unit sees it. No name is asked.</source>
        <translation>Seluruh pengaduan dirahasiakan: hanya unit pengaduan yang melihatnya. Nama tidak ditanyakan.</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Di loket</translation>
    </message>
    <message>
        <source>At the kiosk</source>
        <translation>Di kios</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Passed to the agency</source>
        <translation>Didisposisikan ke instansi</translation>
    </message>
    <message>
        <source>Being followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Not our authority, forwarded</source>
        <translation>Bukan wewenang, diteruskan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>{field}: please fill this in, or choose anonymous or confidential (UU 25/2009 Pasal 42).</source>
        <translation>{field}: mohon diisi, atau pilih anonim atau rahasia (UU 25/2009 Pasal 42).</translation>
    </message>
    <message>
        <source>Please choose the agency the complaint is about.</source>
        <translation>Mohon pilih instansi yang diadukan.</translation>
    </message>
    <message>
        <source>Please give the day it happened.</source>
        <translation>Mohon isi tanggal kejadian.</translation>
    </message>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}: mohon diisi.</translation>
    </message>
    <message>
        <source>{field}: too long, at most {limit} characters.</source>
        <translation>{field}: terlalu panjang, paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>{field}: holds an invisible control or text-direction character that cannot be stored. Please remove it.</source>
        <translation>{field}: berisi karakter kendali atau pengatur arah teks yang tidak terlihat dan tidak dapat disimpan. Mohon hapus karakter itu.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation>Nomor telepon terdiri dari 7 sampai 15 angka.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (like nama@contoh.id).</source>
        <translation>Ini bukan alamat e-mail (seperti nama@contoh.id).</translation>
    </message>
    <message>
        <source>A NIK is 16 digits with a region code and a date of birth. Check it, or leave it empty.</source>
        <translation>NIK terdiri dari 16 angka berisi kode wilayah dan tanggal lahir. Periksa kembali, atau kosongkan.</translation>
    </message>
    <message>
        <source>This is not a real date.</source>
        <translation>Tanggal ini tidak ada.</translation>
    </message>
    <message>
        <source>The day it happened cannot be in the future.</source>
        <translation>Tanggal kejadian tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>This agency is not in the MPP's list.</source>
        <translation>Instansi ini tidak ada dalam daftar MPP.</translation>
    </message>
    <message>
        <source>This service is not in the MPP's list.</source>
        <translation>Layanan ini tidak ada dalam daftar MPP.</translation>
    </message>
    <message>
        <source>This service belongs to another agency.</source>
        <translation>Layanan ini milik instansi lain.</translation>
    </message>
    <message>
        <source>No such ticket was found for the day it happened. Check the number, or leave it empty.</source>
        <translation>Tiket tersebut tidak ditemukan pada tanggal kejadian. Periksa nomornya, atau kosongkan.</translation>
    </message>
    <message>
        <source>This ticket was for another agency.</source>
        <translation>Tiket ini untuk instansi lain.</translation>
    </message>
    <message>
        <source>{field}: this value cannot be used.</source>
        <translation>{field}: isian ini tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>It happened {days} days ago. UU 25/2009 Pasal 41 gives {limit} days after the service to complain; the complaint is taken all the same.</source>
        <translation>Kejadiannya {days} hari yang lalu. UU 25/2009 Pasal 41 memberi waktu {limit} hari setelah pelayanan untuk mengadu; pengaduan tetap diterima.</translation>
    </message>
    <message>
        <source>The NIK is of a child ({age} years old): a child's data is specific personal data. Record only what the complaint needs.</source>
        <translation>NIK ini milik anak ({age} tahun): data anak adalah data pribadi yang bersifat spesifik. Catat hanya yang diperlukan pengaduan.</translation>
    </message>
    <message>
        <source>Personal data is used only to handle the complaint, kept encrypted, and erased {days} days after the complaint is closed.</source>
        <translation>Data pribadi hanya digunakan untuk menangani pengaduan, disimpan terenkripsi, dan dihapus {days} hari setelah pengaduan ditutup.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>pukul</translation>
    </message>
    <message>
        <source>The time of day, when it is known</source>
        <translation>Jam kejadian, bila diketahui</translation>
    </message>
    <message>
        <source>A023, or scan its QR code (optional)</source>
        <translation>A023, atau pindai kode QR-nya (boleh kosong)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>— choose the agency —</source>
        <translation>— pilih instansi —</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— tidak diketahui —</translation>
    </message>
    <message>
        <source>No receipt printer is set up for this station. Save the A4 PDF instead.</source>
        <translation>Belum ada printer tanda terima untuk stasiun ini. Simpan PDF A4 sebagai gantinya.</translation>
    </message>
    <message>
        <source>The printer does not answer. Check it is on and connected.</source>
        <translation>Printer tidak menjawab. Periksa apakah printer menyala dan tersambung.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Kertas printer habis.</translation>
    </message>
    <message>
        <source>The receipt was not printed: {reason}</source>
        <translation>Tanda terima tidak tercetak: {reason}</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>New complaint (pengaduan)</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>File the complaint</source>
        <translation>Simpan pengaduan</translation>
    </message>
    <message>
        <source>The complaint is filed</source>
        <translation>Pengaduan sudah tercatat</translation>
    </message>
    <message>
        <source>Complaint number: give it to the citizen</source>
        <translation>Nomor pengaduan: berikan kepada pelapor</translation>
    </message>
    <message>
        <source>The citizen's receipt, with the number and its QR code:</source>
        <translation>Tanda terima untuk pelapor, dengan nomor dan kode QR-nya:</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <source>Save the A4 receipt (PDF)…</source>
        <translation>Simpan tanda terima A4 (PDF)…</translation>
    </message>
    <message>
        <source>Another complaint</source>
        <translation>Pengaduan lain</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The complaint was not stored: {reason}</source>
        <translation>Pengaduan tidak disimpan: {reason}</translation>
    </message>
    <message>
        <source>Nothing was stored. Please correct the marked fields ({count}).</source>
        <translation>Belum ada yang disimpan. Mohon perbaiki isian yang ditandai ({count}).</translation>
    </message>
    <message>
        <source>Verified by {date}</source>
        <translation>Diverifikasi paling lambat {date}</translation>
    </message>
    <message>
        <source>Settled by {date} (working days)</source>
        <translation>Diselesaikan paling lambat {date} (hari kerja)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>The receipt was printed.</source>
        <translation>Tanda terima sudah dicetak.</translation>
    </message>
    <message>
        <source>Save the A4 receipt</source>
        <translation>Simpan tanda terima A4</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>The PDF was not saved: {reason}</source>
        <translation>PDF tidak tersimpan: {reason}</translation>
    </message>
    <message>
        <source>Checking your ticket…</source>
        <translation>Memeriksa tiket Anda…</translation>
    </message>
    <message>
        <source>Ticket {ticket} was for another agency. Scan the ticket of this complaint, or go on without a ticket.</source>
        <translation>Tiket {ticket} untuk instansi lain. Pindai tiket yang terkait pengaduan ini, atau lanjutkan tanpa tiket.</translation>
    </message>
    <message>
        <source>This is not a ticket of this MPP. Scan the QR code on your ticket, type its number, or go on without a ticket.</source>
        <translation>Ini bukan tiket MPP ini. Pindai kode QR pada tiket Anda, ketik nomornya, atau lanjutkan tanpa tiket.</translation>
    </message>
    <message>
        <source>This is not a time of day (00.00 to 23.59).</source>
        <translation>Ini bukan jam yang benar (00.00 sampai 23.59).</translation>
    </message>
    <message>
        <source>Type the time as four digits, like 1030, or erase it.</source>
        <translation>Ketik jam sebagai empat angka, misalnya 1030, atau hapus.</translation>
    </message>
    <message>
        <source>Looking up your complaint…</source>
        <translation>Mencari pengaduan Anda…</translation>
    </message>
    <message>
        <source>This is not a complaint number. It looks like ADU-2026-000123, printed on your receipt.</source>
        <translation>Ini bukan nomor pengaduan. Bentuknya seperti ADU-2026-000123, tercetak pada tanda terima Anda.</translation>
    </message>
    <message>
        <source>We cannot find this complaint. Please check the number on your receipt.</source>
        <translation>Pengaduan ini tidak ditemukan. Periksa kembali nomor pada tanda terima Anda.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Langkah {step} dari {steps}</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Not served as the service standard promises? Tell us: the complaint unit follows it up and answers you.</source>
        <translation>Tidak dilayani sesuai standar pelayanan? Sampaikan kepada kami: unit pengaduan menindaklanjuti dan menjawab Anda.</translation>
    </message>
    <message>
        <source>File a complaint</source>
        <translation>Sampaikan pengaduan</translation>
    </message>
    <message>
        <source>Check my complaint</source>
        <translation>Cek pengaduan saya</translation>
    </message>
    <message>
        <source>Have a receipt? Hold its QR code under the scanner.</source>
        <translation>Punya tanda terima? Arahkan kode QR-nya ke pemindai.</translation>
    </message>
    <message>
        <source>How do you want to file?</source>
        <translation>Bagaimana Anda ingin mengadu?</translation>
    </message>
    <message>
        <source>You may keep your name secret.</source>
        <translation>Anda boleh merahasiakan nama Anda.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>As on your identity card.</source>
        <translation>Sesuai kartu identitas Anda.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Alamat Anda</translation>
    </message>
    <message>
        <source>Street and number, village or district, and city.</source>
        <translation>Jalan dan nomor, kelurahan atau kecamatan, dan kota.</translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation>Nomor telepon Anda (boleh kosong)</translation>
    </message>
    <message>
        <source>So that the complaint unit can call you back.</source>
        <translation>Agar unit pengaduan dapat menghubungi Anda.</translation>
    </message>
    <message>
        <source>Your e-mail address (optional)</source>
        <translation>Alamat e-mail Anda (boleh kosong)</translation>
    </message>
    <message>
        <source>So that the complaint unit can write to you.</source>
        <translation>Agar unit pengaduan dapat menulis kepada Anda.</translation>
    </message>
    <message>
        <source>Your NIK (optional)</source>
        <translation>NIK Anda (boleh kosong)</translation>
    </message>
    <message>
        <source>The 16 digits on your identity card (KTP).</source>
        <translation>16 angka pada KTP Anda.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Di mana kejadiannya?</translation>
    </message>
    <message>
        <source>The counter, the room or the building.</source>
        <translation>Loket, ruangan, atau gedungnya.</translation>
    </message>
    <message>
        <source>What fell short?</source>
        <translation>Apa yang tidak sesuai?</translation>
    </message>
    <message>
        <source>What happened, and what the service should have been.</source>
        <translation>Apa yang terjadi, dan seharusnya pelayanan seperti apa.</translation>
    </message>
    <message>
        <source>What loss did it cause you?</source>
        <translation>Apa kerugian yang Anda alami?</translation>
    </message>
    <message>
        <source>Money, time, a missed deadline, or another loss.</source>
        <translation>Uang, waktu, tenggat yang terlewat, atau kerugian lain.</translation>
    </message>
    <message>
        <source>What settlement do you ask for?</source>
        <translation>Penyelesaian apa yang Anda minta?</translation>
    </message>
    <message>
        <source>What the agency should do to put it right.</source>
        <translation>Apa yang harus dilakukan instansi untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>What you type appears here</source>
        <translation>Yang Anda ketik muncul di sini</translation>
    </message>
    <message>
        <source>Here, at this MPP</source>
        <translation>Di sini, di MPP ini</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Which agency is the complaint about?</source>
        <translation>Instansi mana yang Anda adukan?</translation>
    </message>
    <message>
        <source>Touch the agency whose service fell short.</source>
        <translation>Sentuh instansi yang pelayanannya tidak sesuai.</translation>
    </message>
    <message>
        <source>Which service?</source>
        <translation>Layanan apa?</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Saya tidak yakin</translation>
    </message>
    <message>
        <source>The complaint unit will find out.</source>
        <translation>Unit pengaduan akan mencari tahu.</translation>
    </message>
    <message>
        <source>Did you have a queue ticket?</source>
        <translation>Apakah Anda punya tiket antrean?</translation>
    </message>
    <message>
        <source>Scan its QR code under the scanner, or type its number, such as A023. No ticket? Go on without one.</source>
        <translation>Pindai kode QR-nya di pemindai, atau ketik nomornya, misalnya A023. Tidak punya tiket? Lanjutkan tanpa tiket.</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Tanpa tiket</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Kapan kejadiannya?</translation>
    </message>
    <message>
        <source>Type the day as day, month, year: 20112026. The time is optional.</source>
        <translation>Ketik tanggal, bulan, tahun: 20112026. Jam boleh dikosongkan.</translation>
    </message>
    <message>
        <source>Day: {date}</source>
        <translation>Tanggal: {date}</translation>
    </message>
    <message>
        <source>Time (optional): {time}</source>
        <translation>Jam (boleh kosong): {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Tidak yakin</translation>
    </message>
    <message>
        <source>Please check your complaint</source>
        <translation>Periksa kembali pengaduan Anda</translation>
    </message>
    <message>
        <source>Touch Back to change anything.</source>
        <translation>Sentuh Kembali untuk mengubah isian.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Send my complaint</source>
        <translation>Kirim pengaduan saya</translation>
    </message>
    <message>
        <source>Your complaint number</source>
        <translation>Nomor pengaduan Anda</translation>
    </message>
    <message>
        <source>Keep this number: scan its QR code or type it here, under Complaints, to follow your complaint.</source>
        <translation>Simpan nomor ini: pindai kode QR-nya atau ketik nomornya di sini, pada menu Pengaduan, untuk mengikuti pengaduan Anda.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Mencetak tanda terima Anda…</translation>
    </message>
    <message>
        <source>Please take your printed receipt below the screen.</source>
        <translation>Silakan ambil tanda terima yang tercetak di bawah layar.</translation>
    </message>
    <message>
        <source>The printer could not print your receipt. Please take a photo of this screen: the number and the code are on it.</source>
        <translation>Printer tidak dapat mencetak tanda terima Anda. Silakan foto layar ini: nomor dan kodenya ada di sini.</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt, or type the number of your complaint.</source>
        <translation>Pindai kode QR pada tanda terima Anda, atau ketik nomor pengaduan Anda.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cek</translation>
    </message>
    <message>
        <source>Filed on {date}</source>
        <translation>Diajukan {date}</translation>
    </message>
    <message>
        <source>Last change: {date}</source>
        <translation>Perubahan terakhir: {date}</translation>
    </message>
    <message>
        <source>The complaint is closed.</source>
        <translation>Pengaduan sudah ditutup.</translation>
    </message>
    <message>
        <source>To be settled by {date}</source>
        <translation>Diselesaikan paling lambat {date}</translation>
    </message>
    <message>
        <source>About: {agency}</source>
        <translation>Tentang: {agency}</translation>
    </message>
    <message>
        <source>Forwarded to: {where}</source>
        <translation>Diteruskan ke: {where}</translation>
    </message>
    <message>
        <source>Replies from the complaint unit</source>
        <translation>Jawaban unit pengaduan</translation>
    </message>
    <message>
        <source>No reply yet.</source>
        <translation>Belum ada jawaban.</translation>
    </message>
    <message>
        <source>Check another</source>
        <translation>Cek pengaduan lain</translation>
    </message>
    <message>
        <source>Your complaint could not be sent. Nothing was stored. Please try again, or ask our staff for help.</source>
        <translation>Pengaduan Anda tidak dapat dikirim. Belum ada yang disimpan. Silakan coba lagi, atau minta bantuan petugas kami.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>Counter</name>
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
        <source>Today's quota for that service is full.</source>
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
    <message>
        <source>Complaint %1 filed</source>
        <translation>Pengaduan %1 tercatat</translation>
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
        <source>Complaint</source>
        <translation>Pengaduan</translation>
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
    <message numerus="yes">
        <source>Wrong username or password. %n more tries before a lock.</source>
        <translation>
            <numerusform>Nama pengguna atau kata sandi salah. Sisa %n kali percobaan sebelum dikunci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s): waiting for the citizen</source>
        <translation>
            <numerusform>Dipanggil %n kali: menunggu warga datang</numerusform>
        </translation>
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
        <source>Today's quota of {quota} tickets is full</source>
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
        <source>Today's quota for this service has just filled up.</source>
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
        <source>Complaints</source>
        <translation>Pengaduan</translation>
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
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n orang di depan Anda</numerusform>
        </translation>
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
        <source>Supervisor's station</source>
        <translation>Stasiun supervisor</translation>
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
        <source>At a counter, sign in as asep with the password demo-loket1 (loket 1); at the supervisor's station as tati with demo-supervisor1. The demo catalog lists the other accounts.</source>
        <translation>Di loket, masuk sebagai asep dengan kata sandi demo-loket1 (loket 1); di stasiun supervisor sebagai tati dengan demo-supervisor1. Akun lainnya tercantum dalam katalog demo.</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up this MPP</source>
        <translation>Siapkan MPP ini</translation>
    </message>
    <message>
        <source>This station has no catalog yet: the MPP's agencies, services, counters and staff. Choose where it comes from.</source>
        <translation>Stasiun ini belum memiliki katalog: instansi, layanan, loket, dan petugas MPP. Pilih sumbernya.</translation>
    </message>
    <message>
        <source>The demo catalog: a made-up MPP, for training and trying out</source>
        <translation>Katalog demo: MPP rekaan, untuk pelatihan dan uji coba</translation>
    </message>
    <message>
        <source>A catalog file (TOML) prepared for this MPP</source>
        <translation>Berkas katalog (TOML) yang disiapkan untuk MPP ini</translation>
    </message>
    <message>
        <source>Start from nothing: the first agency, service and counter, and the admin account</source>
        <translation>Mulai dari awal: instansi, layanan, dan loket pertama, serta akun admin</translation>
    </message>
    <message>
        <source>catalog file</source>
        <translation>berkas katalog</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Berkas katalog</translation>
    </message>
    <message>
        <source>Catalog (*.toml)</source>
        <translation>Katalog (*.toml)</translation>
    </message>
    <message>
        <source>Choose the catalog file first.</source>
        <translation>Pilih berkas katalog dulu.</translation>
    </message>
    <message>
        <source>The MPP</source>
        <translation>MPP</translation>
    </message>
    <message>
        <source>Its name is printed on every ticket and report; its time zone decides the business day.</source>
        <translation>Namanya tercetak pada setiap tiket dan laporan; zona waktunya menentukan hari layanan.</translation>
    </message>
    <message>
        <source>Name of the MPP</source>
        <translation>Nama MPP</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>The MPP needs a name.</source>
        <translation>MPP perlu diberi nama.</translation>
    </message>
    <message>
        <source>The first agency, service and counter</source>
        <translation>Instansi, layanan, dan loket pertama</translation>
    </message>
    <message>
        <source>Enough to issue and call the first tickets. The admin adds the rest with a full catalog file.</source>
        <translation>Cukup untuk menerbitkan dan memanggil tiket pertama. Admin menambahkan sisanya dengan berkas katalog lengkap.</translation>
    </message>
    <message>
        <source>Agency code (capital letters)</source>
        <translation>Kode instansi (huruf kapital)</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>Service code (capital letters)</source>
        <translation>Kode layanan (huruf kapital)</translation>
    </message>
    <message>
        <source>Ticket letter (A, B, …)</source>
        <translation>Huruf tiket (A, B, …)</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nama layanan</translation>
    </message>
    <message>
        <source>Counter (loket) number</source>
        <translation>Nomor loket</translation>
    </message>
    <message>
        <source>The agency code</source>
        <translation>Kode instansi</translation>
    </message>
    <message>
        <source>The service code</source>
        <translation>Kode layanan</translation>
    </message>
    <message>
        <source>{what} is capital letters, digits or _ (up to 32).</source>
        <translation>{what} berisi huruf kapital, angka, atau _ (paling banyak 32).</translation>
    </message>
    <message>
        <source>The ticket letter is one or two capital letters.</source>
        <translation>Huruf tiket berupa satu atau dua huruf kapital.</translation>
    </message>
    <message>
        <source>The agency and the service need their names.</source>
        <translation>Instansi dan layanan perlu diberi nama.</translation>
    </message>
    <message>
        <source>The admin account</source>
        <translation>Akun admin</translation>
    </message>
    <message>
        <source>The first account: it signs in at the supervisor's desk and sets up everything else.</source>
        <translation>Akun pertama: masuk di stasiun supervisor dan mengatur semua hal lainnya.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password (8 characters or more)</source>
        <translation>Kata sandi (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The account needs a username and a full name.</source>
        <translation>Akun memerlukan nama pengguna dan nama lengkap.</translation>
    </message>
    <message>
        <source>The password needs 8 characters or more.</source>
        <translation>Kata sandi paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>MPP</source>
        <translation>MPP</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Press Finish to load it; the station then opens.</source>
        <translation>Tekan Selesai untuk memuatnya; setelah itu stasiun terbuka.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Penyiapan</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Memuat katalog…</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>Backups of this station's database</source>
        <translation>Cadangan basis data stasiun ini</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Check and restore…</source>
        <translation>Periksa dan pulihkan…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Tickets of</source>
        <translation>Tiket tanggal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Backups are not available in this version.</source>
        <translation>Pencadangan tidak tersedia pada versi ini.</translation>
    </message>
    <message>
        <source>Folder: %1. A backup is made by itself every day; the newest 14 are kept.</source>
        <translation>Folder: %1. Cadangan dibuat otomatis setiap hari; 14 cadangan terbaru disimpan.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Cadangan dibuat: %1</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>This backup cannot be restored:</source>
        <translation>Cadangan ini tidak dapat dipulihkan:</translation>
    </message>
    <message>
        <source>The backup is sound.</source>
        <translation>Cadangan ini dalam keadaan baik.</translation>
    </message>
    <message>
        <source>Tickets in it: %1</source>
        <translation>Jumlah tiket di dalamnya: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>Pulihkan cadangan yang dibuat %1?</translation>
    </message>
    <message>
        <source>Everything recorded since then is replaced by the backup, on every station that uses this database. The database as it is now is kept beside it.</source>
        <translation>Semua yang tercatat sejak saat itu diganti dengan isi cadangan, di setiap stasiun yang memakai basis data ini. Basis data yang sekarang tetap disimpan di sebelahnya.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Dipulihkan dari %1.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Basis data sebelumnya disimpan di %1.</translation>
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
        <source>Only supervisors and administrators may sign in here.</source>
        <translation>Hanya supervisor dan administrator yang boleh masuk di sini.</translation>
    </message>
    <message>
        <source>That day has not come yet.</source>
        <translation>Hari itu belum tiba.</translation>
    </message>
    <message>
        <source>The MPP was closed that day: there is nothing to report.</source>
        <translation>MPP tutup pada hari itu: tidak ada yang dilaporkan.</translation>
    </message>
    <message>
        <source>Your role may not do that.</source>
        <translation>Peran Anda tidak berwenang melakukan itu.</translation>
    </message>
    <message>
        <source>The complaint cannot go to that stage now.</source>
        <translation>Pengaduan belum dapat dipindahkan ke tahap itu.</translation>
    </message>
    <message>
        <source>Write the outcome or the reason in the note first.</source>
        <translation>Tulis dulu hasil atau alasannya di catatan.</translation>
    </message>
    <message>
        <source>Say where the complaint was forwarded.</source>
        <translation>Sebutkan ke mana pengaduan diteruskan.</translation>
    </message>
    <message>
        <source>Choose the agency the complaint goes to.</source>
        <translation>Pilih instansi tujuan pengaduan.</translation>
    </message>
    <message>
        <source>The complaint is already with that agency.</source>
        <translation>Pengaduan sudah berada di instansi itu.</translation>
    </message>
    <message>
        <source>This station has no key to read personal data.</source>
        <translation>Stasiun ini tidak memiliki kunci untuk membaca data pribadi.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>Open complaints only</source>
        <translation>Hanya yang dalam proses</translation>
    </message>
    <message>
        <source>Open the complaint</source>
        <translation>Buka pengaduan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Tenggat berikutnya</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(rahasia)</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Pengaduan %1</translation>
    </message>
    <message>
        <source>Show the complainant's name</source>
        <translation>Tampilkan nama pelapor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
    <message>
        <source>Forwarded to (e.g. SP4N-LAPOR!)</source>
        <translation>Diteruskan ke (misalnya SP4N-LAPOR!)</translation>
    </message>
    <message>
        <source>Note (the outcome, or the reason)</source>
        <translation>Catatan (hasil atau alasan)</translation>
    </message>
    <message>
        <source>A reply the citizen sees at the kiosk</source>
        <translation>Jawaban yang dilihat pelapor di kios</translation>
    </message>
    <message>
        <source>Move the complaint</source>
        <translation>Pindahkan pengaduan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Ditutup pada %1</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation>Terlambat: tenggatnya %1</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>Tenggat berikutnya: %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Confidential: only the complaint unit may read this complaint.</source>
        <translation>Rahasia: hanya unit pengaduan yang boleh membaca pengaduan ini.</translation>
    </message>
    <message>
        <source>Not shown to your role</source>
        <translation>Tidak ditampilkan untuk peran Anda</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Diteruskan ke</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Filed more than 30 days after the event</source>
        <translation>Diajukan lebih dari 30 hari setelah kejadian</translation>
    </message>
    <message>
        <source>(public) %1</source>
        <translation>(publik) %1</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Catatan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Moved to: %1</source>
        <translation>Dipindahkan ke: %1</translation>
    </message>
    <message>
        <source>Queue tickets</source>
        <translation>Tiket antrean</translation>
    </message>
    <message>
        <source>Survey responses (SKM)</source>
        <translation>Jawaban survei (SKM)</translation>
    </message>
    <message>
        <source>Complaints (SP4N-LAPOR! columns)</source>
        <translation>Pengaduan (kolom SP4N-LAPOR!)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Jenis berkas</translation>
    </message>
    <message>
        <source>Personal data is written only as far as your role may see it, and every export of it is recorded.</source>
        <translation>Data pribadi hanya ditulis sejauh peran Anda boleh melihatnya, dan setiap ekspornya dicatat.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Export is not available in this version.</source>
        <translation>Ekspor tidak tersedia pada versi ini.</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Tanggal awal jatuh setelah tanggal akhir.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Menunggu saat ini</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Dilayani hari ini</translation>
    </message>
    <message>
        <source>Longest wait now</source>
        <translation>Tunggu terlama saat ini</translation>
    </message>
    <message>
        <source>Absent rate</source>
        <translation>Tingkat tidak hadir</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>Loket buka</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>Pengaduan dalam proses</translation>
    </message>
    <message>
        <source>Survey today (IKM)</source>
        <translation>Survei hari ini (IKM)</translation>
    </message>
    <message>
        <source>Stations and sync</source>
        <translation>Stasiun dan sinkronisasi</translation>
    </message>
    <message>
        <source>Agency / service</source>
        <translation>Instansi / layanan</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>At a counter</source>
        <translation>Di loket</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per pukul %1</translation>
    </message>
    <message>
        <source>of %1 tickets issued</source>
        <translation>dari %1 tiket yang terbit</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>%1 of %2 called did not come</source>
        <translation>%1 dari %2 yang dipanggil tidak datang</translation>
    </message>
    <message>
        <source>none on a break</source>
        <translation>tidak ada yang istirahat</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>tidak ada yang terlambat</translation>
    </message>
    <message>
        <source>No answers yet today</source>
        <translation>Belum ada jawaban hari ini</translation>
    </message>
    <message>
        <source>This station works alone (no hub)</source>
        <translation>Stasiun ini bekerja sendiri (tanpa hub)</translation>
    </message>
    <message>
        <source>The hub does not answer: %1</source>
        <translation>Hub tidak menjawab: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Tidak terhubung: %1</translation>
    </message>
    <message>
        <source>All connected; %1 change(s) waiting</source>
        <translation>Semua terhubung; %1 perubahan menunggu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1: last seen %2, %3 waiting, %4 behind</source>
        <translation>%1: terakhir terlihat %2, %3 menunggu, %4 tertinggal</translation>
    </message>
    <message>
        <source>Longer than the target of %1</source>
        <translation>Lebih lama dari target %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Daily summary</source>
        <translation>Ringkasan harian</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation>Mingguan (Senin sampai Minggu)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Any range of days</source>
        <translation>Rentang tanggal bebas</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Any day of the month</source>
        <translation>Tanggal mana saja di bulan itu</translation>
    </message>
    <message>
        <source>Any day of the week</source>
        <translation>Tanggal mana saja di minggu itu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Membaca data…</translation>
    </message>
    <message>
        <source>Opening the preview…</source>
        <translation>Membuka pratinjau…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation>PDF tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Printer tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor's station: sign in</source>
        <translation>Stasiun supervisor: masuk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation>Administrasi tidak tersedia pada versi ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n pengaduan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n dalam proses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat batas waktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at a counter now</source>
        <translation>
            <numerusform>%n sedang di loket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a break: %1</source>
        <translation>
            <numerusform>%n istirahat: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutu %1 · %n respondent(s)</source>
        <translation>
            <numerusform>Mutu %1 · %n responden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s).</source>
        <translation>
            <numerusform>Siap: %n halaman.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Dikirim ke pencetak: %n halaman.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong username or password. %n more tries before a lock.</source>
        <translation>
            <numerusform>Nama pengguna atau kata sandi salah. Sisa %n kali percobaan sebelum dikunci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n baris ditulis ke %1</numerusform>
        </translation>
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
        <source>We cannot find this ticket. Please check the number: only today's numbers can be typed.</source>
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
<context>
    <name>Sync</name>
    <message>
        <source>{subject}: another station acted on this ticket first, so your change did not count. It now shows as the other station left it.</source>
        <translation>{subject}: stasiun lain lebih dulu menangani tiket ini, sehingga perubahan Anda tidak berlaku. Tiket kini tampil seperti yang ditinggalkan stasiun lain.</translation>
    </message>
    <message>
        <source>{subject}: another station stored the same thing first ({what}); this station's was not kept.</source>
        <translation>{subject}: stasiun lain lebih dulu menyimpan hal yang sama ({what}); milik stasiun ini tidak disimpan.</translation>
    </message>
    <message>
        <source>{subject}: the hub already holds a different change under the same id; this station's was not kept.</source>
        <translation>{subject}: hub sudah menyimpan perubahan lain dengan id yang sama; milik stasiun ini tidak disimpan.</translation>
    </message>
    <message>
        <source>Sync: connected</source>
        <translation>Sinkronisasi: terhubung</translation>
    </message>
    <message>
        <source>Sync: not connected since {time}</source>
        <translation>Sinkronisasi: tidak terhubung sejak {time}</translation>
    </message>
    <message>
        <source>Sync: not connected yet</source>
        <translation>Sinkronisasi: belum terhubung</translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>sinkron terakhir {time}</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>OK, understood</source>
        <translation>Baik, saya mengerti</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest for %n min</source>
        <translation>
            <numerusform>yang terlama %n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(dan %n lainnya)</numerusform>
        </translation>
    </message>
</context>
</TS>
