// Burn CPU in sixteen native threads (with small stacks, so that all of them start): CPU time adds up
// faster than the wall clock.
#include <pthread.h>

static void* burn(void*) {
    for (volatile unsigned long long n = 0;; n = n + 1) {
    }
    return nullptr;
}

int main() {
    pthread_attr_t small;
    pthread_attr_init(&small);
    pthread_attr_setstacksize(&small, 256 * 1024);
    for (int i = 0; i < 16; ++i) {
        pthread_t thread;
        pthread_create(&thread, &small, burn, nullptr);
    }
    burn(nullptr);
}
