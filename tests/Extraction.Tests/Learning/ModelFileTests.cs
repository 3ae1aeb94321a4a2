using System.Text;
using Extraction.Learning;

namespace Extraction.Tests.Learning;

public class ModelFileTests
{
    private static readonly ModelHeader Header = new("toy-features", 3, "abc123", ["yes", "no"]);

    private static byte[] Write(ModelHeader header, string payload = "hello")
    {
        var stream = new MemoryStream();
        ModelFile.Write(stream, header, w => w.Write(payload));
        return stream.ToArray();
    }

    private static (ModelHeader, string) Read(byte[] bytes, string id = "toy-features", int version = 3, string[]? labels = null) =>
        ModelFile.Read(new MemoryStream(bytes), id, version, labels ?? ["yes", "no"], r => r.ReadString());

    [Fact]
    public void Round_trips_header_and_payload()
    {
        (ModelHeader header, string payload) = Read(Write(Header));
        header.Should().Be(Header);
        payload.Should().Be("hello");
        ModelFile.ReadHeader(new MemoryStream(Write(Header))).Should().Be(Header);
    }

    [Fact]
    public void Starts_with_the_magic_number() =>
        Encoding.ASCII.GetString(Write(Header), 0, 4).Should().Be("VNXM");

    [Fact]
    public void Refuses_another_feature_set_or_version_or_labels()
    {
        byte[] bytes = Write(Header);
        FluentActions.Invoking(() => Read(bytes, id: "other")).Should().Throw<InvalidDataException>().WithMessage("*toy-features*");
        FluentActions.Invoking(() => Read(bytes, version: 4)).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => Read(bytes, labels: ["no", "yes"])).Should().Throw<InvalidDataException>().WithMessage("*labels*");
    }

    [Fact]
    public void Refuses_bad_magic_other_format_version_damage_and_truncation()
    {
        byte[] bytes = Write(Header);

        byte[] badMagic = (byte[])bytes.Clone();
        badMagic[0] = (byte)'X';
        FluentActions.Invoking(() => Read(badMagic)).Should().Throw<InvalidDataException>().WithMessage("*magic*");

        byte[] badVersion = (byte[])bytes.Clone();
        badVersion[4] = 99;
        FluentActions.Invoking(() => Read(badVersion)).Should().Throw<InvalidDataException>().WithMessage("*version*");

        byte[] damaged = (byte[])bytes.Clone();
        damaged[^1] ^= 0xFF;
        FluentActions.Invoking(() => Read(damaged)).Should().Throw<InvalidDataException>().WithMessage("*checksum*");

        FluentActions.Invoking(() => Read(bytes[..10])).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => Read(bytes[..^2])).Should().Throw<InvalidDataException>();
    }
}
