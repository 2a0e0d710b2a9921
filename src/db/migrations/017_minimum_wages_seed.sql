-- The provincial minimum wages (UMP) of 2025 for all 38 provinces: the latest year whose figures
-- were known reliably when this was written (set under Permenaker 16/2024, a 6,5% rise on 2024).
-- Each row names the governor's decree that set it, by its title; the decree numbers are not
-- recorded here. Admins must check these figures against the decrees and add each new year's
-- (Settings -> Minimum wages); an offer is checked against the latest year on record.
-- Where a decree states sen, or published figures differ by one rupiah, the higher whole rupiah
-- is kept, so the minimum-wage check never lets a salary below the decree through.
-- Rows an admin already entered for 2025 are kept as they are.
INSERT INTO minimum_wages (province, city, year, monthly_amount, decree)
VALUES
  ('aceh', NULL, 2025, 3685616, 'Keputusan Gubernur Aceh tentang Upah Minimum Provinsi Tahun 2025'),
  ('sumatera_utara', NULL, 2025, 2992559, 'Keputusan Gubernur Sumatera Utara tentang Upah Minimum Provinsi Tahun 2025'),
  ('sumatera_barat', NULL, 2025, 2994193, 'Keputusan Gubernur Sumatera Barat tentang Upah Minimum Provinsi Tahun 2025'),
  ('riau', NULL, 2025, 3508776, 'Keputusan Gubernur Riau tentang Upah Minimum Provinsi Tahun 2025'),
  ('kepulauan_riau', NULL, 2025, 3623654, 'Keputusan Gubernur Kepulauan Riau tentang Upah Minimum Provinsi Tahun 2025'),
  ('jambi', NULL, 2025, 3234535, 'Keputusan Gubernur Jambi tentang Upah Minimum Provinsi Tahun 2025'),
  ('sumatera_selatan', NULL, 2025, 3681571, 'Keputusan Gubernur Sumatera Selatan tentang Upah Minimum Provinsi Tahun 2025'), -- reported as 3.681.570 or 3.681.571
  ('kepulauan_bangka_belitung', NULL, 2025, 3876600, 'Keputusan Gubernur Kepulauan Bangka Belitung tentang Upah Minimum Provinsi Tahun 2025'),
  ('bengkulu', NULL, 2025, 2670039, 'Keputusan Gubernur Bengkulu tentang Upah Minimum Provinsi Tahun 2025'),
  ('lampung', NULL, 2025, 2893070, 'Keputusan Gubernur Lampung tentang Upah Minimum Provinsi Tahun 2025'),
  ('dki_jakarta', NULL, 2025, 5396761, 'Keputusan Gubernur DKI Jakarta tentang Upah Minimum Provinsi Tahun 2025'),
  ('jawa_barat', NULL, 2025, 2191233, 'Keputusan Gubernur Jawa Barat tentang Upah Minimum Provinsi Tahun 2025'), -- decree: Rp 2.191.232,42
  ('banten', NULL, 2025, 2905119, 'Keputusan Gubernur Banten tentang Upah Minimum Provinsi Tahun 2025'),
  ('jawa_tengah', NULL, 2025, 2169349, 'Keputusan Gubernur Jawa Tengah tentang Upah Minimum Provinsi Tahun 2025'),
  ('di_yogyakarta', NULL, 2025, 2264081, 'Keputusan Gubernur DI Yogyakarta tentang Upah Minimum Provinsi Tahun 2025'), -- decree: Rp 2.264.080,95
  ('jawa_timur', NULL, 2025, 2305985, 'Keputusan Gubernur Jawa Timur tentang Upah Minimum Provinsi Tahun 2025'),
  ('bali', NULL, 2025, 2996561, 'Keputusan Gubernur Bali tentang Upah Minimum Provinsi Tahun 2025'), -- reported as 2.996.560 or 2.996.561
  ('nusa_tenggara_barat', NULL, 2025, 2602931, 'Keputusan Gubernur Nusa Tenggara Barat tentang Upah Minimum Provinsi Tahun 2025'),
  ('nusa_tenggara_timur', NULL, 2025, 2328970, 'Keputusan Gubernur Nusa Tenggara Timur tentang Upah Minimum Provinsi Tahun 2025'), -- 2024 x 1,065 = 2.328.969,69
  ('kalimantan_barat', NULL, 2025, 2878286, 'Keputusan Gubernur Kalimantan Barat tentang Upah Minimum Provinsi Tahun 2025'),
  ('kalimantan_tengah', NULL, 2025, 3473621, 'Keputusan Gubernur Kalimantan Tengah tentang Upah Minimum Provinsi Tahun 2025'),
  ('kalimantan_selatan', NULL, 2025, 3496195, 'Keputusan Gubernur Kalimantan Selatan tentang Upah Minimum Provinsi Tahun 2025'),
  ('kalimantan_timur', NULL, 2025, 3579314, 'Keputusan Gubernur Kalimantan Timur tentang Upah Minimum Provinsi Tahun 2025'), -- reported as 3.579.313 or 3.579.314
  ('kalimantan_utara', NULL, 2025, 3580160, 'Keputusan Gubernur Kalimantan Utara tentang Upah Minimum Provinsi Tahun 2025'),
  ('sulawesi_utara', NULL, 2025, 3775425, 'Keputusan Gubernur Sulawesi Utara tentang Upah Minimum Provinsi Tahun 2025'),
  ('gorontalo', NULL, 2025, 3221731, 'Keputusan Gubernur Gorontalo tentang Upah Minimum Provinsi Tahun 2025'),
  ('sulawesi_tengah', NULL, 2025, 2915000, 'Keputusan Gubernur Sulawesi Tengah tentang Upah Minimum Provinsi Tahun 2025'),
  ('sulawesi_barat', NULL, 2025, 3104430, 'Keputusan Gubernur Sulawesi Barat tentang Upah Minimum Provinsi Tahun 2025'),
  ('sulawesi_selatan', NULL, 2025, 3657527, 'Keputusan Gubernur Sulawesi Selatan tentang Upah Minimum Provinsi Tahun 2025'),
  ('sulawesi_tenggara', NULL, 2025, 3073552, 'Keputusan Gubernur Sulawesi Tenggara tentang Upah Minimum Provinsi Tahun 2025'), -- decree: Rp 3.073.551,66
  ('maluku', NULL, 2025, 3141700, 'Keputusan Gubernur Maluku tentang Upah Minimum Provinsi Tahun 2025'),
  ('maluku_utara', NULL, 2025, 3408000, 'Keputusan Gubernur Maluku Utara tentang Upah Minimum Provinsi Tahun 2025'),
  ('papua', NULL, 2025, 4285850, 'Keputusan Gubernur Papua tentang Upah Minimum Provinsi Tahun 2025'),
  ('papua_barat', NULL, 2025, 3615000, 'Keputusan Gubernur Papua Barat tentang Upah Minimum Provinsi Tahun 2025'),
  ('papua_barat_daya', NULL, 2025, 3614000, 'Keputusan Gubernur Papua Barat Daya tentang Upah Minimum Provinsi Tahun 2025'),
  ('papua_selatan', NULL, 2025, 4285850, 'Keputusan Gubernur Papua Selatan tentang Upah Minimum Provinsi Tahun 2025'),
  ('papua_tengah', NULL, 2025, 4285848, 'Keputusan Gubernur Papua Tengah tentang Upah Minimum Provinsi Tahun 2025'),
  ('papua_pegunungan', NULL, 2025, 4285847, 'Keputusan Gubernur Papua Pegunungan tentang Upah Minimum Provinsi Tahun 2025')
ON CONFLICT DO NOTHING;
