/** Two people at once: an edit or a move made from a page someone else changed meanwhile. */
export const concurrencyMessagesId = {
  'editedElsewhere.title': 'Data ini sudah diubah orang lain',
  'editedElsewhere.byAt':
    '{name} menyimpan perubahan pada {at}, setelah Anda membuka formulir ini. Perubahan Anda belum disimpan; isian Anda masih ada di bawah.',
  'editedElsewhere.someone':
    'Seseorang menyimpan perubahan setelah Anda membuka formulir ini. Perubahan Anda belum disimpan; isian Anda masih ada di bawah.',
  'editedElsewhere.reload': 'Muat data terbaru (isian Anda diganti)',
  'movedElsewhere.byAt':
    '{by} sudah memindahkan {name} ke {stage} pada {at}. Tidak ada yang dipindahkan; papan sudah diperbarui.',
  'movedElsewhere.someone':
    '{name} sudah dipindahkan ke {stage} oleh orang lain. Tidak ada yang dipindahkan; papan sudah diperbarui.',
  'movedElsewhere.bulkSkipped':
    '{count} tidak dipindahkan karena sudah dipindahkan orang lain setelah papan dimuat: {list}. Papan sudah diperbarui.',
  'movedElsewhere.skippedCard': '{name} (kini di {stage}, oleh {by})',
  'movedElsewhere.skippedCardSomeone': '{name} (kini di {stage})',
  'error.edited_elsewhere': 'Data ini sudah diubah orang lain setelah Anda membukanya.',
  'error.moved_elsewhere': 'Kandidat ini sudah dipindahkan orang lain.',
} as const;
