fun main() {
    val tokens = generateSequence(::readLine).flatMap { it.split(" ").filter(String::isNotEmpty) }.toList()
    val n = tokens[0].toInt()
    println(tokens.drop(1).take(n).sumOf { it.toLong() }.toDouble() / n)
}
