// Runs a fuzz target over files and directories of inputs, for builds without
// libFuzzer: the seed corpus then guards against regressions in every test run.
//
// With --bounds SECONDS it also feeds the target inputs of about 10 MB made
// from the seeds (a seed repeated, its first line repeated, all of it on one
// line) and from shapes no seed has (nothing but line breaks, brackets nested
// ten million deep, one unterminated string): a parser linear in its input
// takes a fraction of a second on each; one that is quadratic takes hours.
// Each input must end within SECONDS.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

constexpr size_t kCraftedSize = 10 * 1024 * 1024;
constexpr int kSeedsCrafted = 3; // seeds turned into crafted inputs, per target

std::vector<char> readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void run(const std::vector<char>& bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

std::vector<char> repeated(const std::vector<char>& unit)
{
    std::vector<char> out;
    if (unit.empty())
        return out;
    out.reserve(kCraftedSize + unit.size());
    while (out.size() < kCraftedSize)
        out.insert(out.end(), unit.begin(), unit.end());
    return out;
}

std::vector<std::vector<char>> craftedFrom(const std::vector<char>& seed)
{
    std::vector<char> firstLine(seed.begin(), seed.end());
    for (size_t i = 0; i < seed.size(); ++i) {
        if (seed[i] == '\n') {
            firstLine.assign(seed.begin(), seed.begin() + long(i) + 1);
            break;
        }
    }
    std::vector<char> oneLine;
    for (char c : seed)
        oneLine.push_back(c == '\n' || c == '\r' ? ' ' : c);
    return {repeated(seed), repeated(firstLine), repeated(oneLine)};
}

} // namespace

int main(int argc, char** argv)
{
    double bound = -1;
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string argument(argv[i]);
        if (argument == "--bounds" && i + 1 < argc) {
            bound = std::atof(argv[++i]);
            continue;
        }
        const std::filesystem::path path(argument);
        if (std::filesystem::is_directory(path)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end());
    int passed = 0;
    int failed = 0;
    if (bound < 0) {
        for (const auto& file : files) {
            run(readFile(file));
            ++passed;
        }
        // Prefixes and truncations of nothing: the empty input must be fine too.
        LLVMFuzzerTestOneInput(nullptr, 0);
        std::printf("%d passed, 0 failed\n", passed + 1);
        return passed > 0 ? 0 : 1;
    }

    std::vector<std::pair<std::string, std::vector<char>>> inputs;
    for (size_t f = 0; f < files.size() && int(f) < kSeedsCrafted; ++f) {
        const char* shapes[] = {"repeated", "first line repeated", "one line"};
        int shape = 0;
        for (auto& input : craftedFrom(readFile(files[f])))
            inputs.emplace_back(files[f].filename().string() + ", " + shapes[shape++],
                                std::move(input));
    }
    inputs.emplace_back("line breaks", std::vector<char>(kCraftedSize, '\n'));
    inputs.emplace_back("nested brackets", repeated({'[', '{', '"', 'a', '"', ':'}));
    std::vector<char> string(kCraftedSize, 'a');
    string.front() = '"';
    inputs.emplace_back("one unterminated string", std::move(string));
    for (const auto& [name, bytes] : inputs) {
        const auto start = std::chrono::steady_clock::now();
        run(bytes);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const bool ok = seconds <= bound;
        std::printf("%s: %s, %zu bytes in %.2f s\n", ok ? "PASS" : "FAIL", name.c_str(),
                    bytes.size(), seconds);
        (ok ? passed : failed)++;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}
