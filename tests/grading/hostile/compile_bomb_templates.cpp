// Every instantiation is distinct, so the compiler must build 2^40 of them.
template <unsigned long long N, unsigned long long M>
struct Bomb {
    static constexpr unsigned long long value = Bomb<N - 1, 2 * M>::value + Bomb<N - 1, 2 * M + 1>::value;
};

template <unsigned long long M>
struct Bomb<0, M> {
    static constexpr unsigned long long value = M;
};

int main() { return static_cast<int>(Bomb<40, 0>::value & 1); }
