using System.Reflection;
using System.Text;
using Extraction.Pipeline;
using Extraction.Tests.Html;

namespace Extraction.Tests.Package;

/// <summary>
/// The package's public surface is deliberate: every public type and member, by reflection, is compared
/// with <c>PublicApi.approved.txt</c>. After a reviewed change, run the tests with
/// <c>APPROVE_PUBLIC_API=1</c> to rewrite the file, and commit it with the change.
/// </summary>
public sealed class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(TestPaths.RepositoryRoot, "tests", "Extraction.Tests", "Package", "PublicApi.approved.txt");

    [Fact]
    public void The_public_surface_matches_the_approved_snapshot()
    {
        string actual = PublicApi.Describe(typeof(ArticleExtractor).Assembly);
        if (Environment.GetEnvironmentVariable("APPROVE_PUBLIC_API") == "1")
        {
            File.WriteAllText(ApprovedPath, actual);
        }

        string approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : "";
        var expected = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var removed = expected.Except(lines, StringComparer.Ordinal).ToList();
        var added = lines.Except(expected, StringComparer.Ordinal).ToList();
        var diff = new StringBuilder();
        removed.ForEach(l => diff.AppendLine("- " + l));
        added.ForEach(l => diff.AppendLine("+ " + l));
        (removed.Count + added.Count).Should().Be(0,
            "the public API changed without review; if the change is intended, rerun with APPROVE_PUBLIC_API=1 and commit {0}. Diff:\n{1}",
            "tests/Extraction.Tests/Package/PublicApi.approved.txt", diff);
    }

    [Fact]
    public void Implementation_details_stay_internal()
    {
        // Rule tables, extractors and the learning machinery may change in any release.
        var exported = typeof(ArticleExtractor).Assembly.GetExportedTypes();
        exported.Select(t => t.Namespace).Should().NotContain(["Extraction.Rules", "Extraction.Extractors"]);
        exported.Select(t => t.Name).Should().NotContain(["PerceptronModel", "AveragedPerceptronTrainer", "FeatureHash", "ModelFile", "ArticlePipeline"]);
    }
}

/// <summary>Writes an assembly's public surface as sorted lines, one per type and per member.</summary>
internal sealed class PublicApi
{
    // NullabilityInfoContext caches and is not thread-safe: one per description.
    private readonly NullabilityInfoContext _nullability = new();

    public static string Describe(Assembly assembly) => new PublicApi().DescribeAll(assembly);

    private string DescribeAll(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            string name = TypeName(type);
            lines.Add($"{Kind(type)} {name}{Bases(type)}");
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(all))
            {
                if (Visible(member, type) && !member.Name.Contains('<', StringComparison.Ordinal) && Describe(member) is string text)
                {
                    lines.Add($"{name} :: {text}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static bool Visible(MemberInfo member, Type owner) => member switch
    {
        MethodBase m => m.IsPublic || (m.IsFamily || m.IsFamilyOrAssembly) && !owner.IsSealed,
        FieldInfo f => f.IsPublic || (f.IsFamily || f.IsFamilyOrAssembly) && !owner.IsSealed,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => Visible(a, owner)),
        EventInfo e => e.AddMethod is { } add && Visible(add, owner),
        Type t => t.IsNestedPublic,
        _ => false,
    };

    private string? Describe(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo c:
                return $"ctor({Parameters(c)})";
            case MethodInfo m when m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal):
                return null; // accessors are described with their property or event
            case MethodInfo m:
                string generic = m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";
                return $"{(m.IsStatic ? "static " : "")}{Show(_nullability.Create(m.ReturnParameter))} {m.Name}{generic}({Parameters(m)})";
            case PropertyInfo p:
                string accessors = string.Join(" ", new[] { p.GetMethod, p.SetMethod }.Where(a => a is not null && (a.IsPublic || a.IsFamily))
                    .Select(a => a == p.GetMethod ? "get;" : a!.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init;" : "set;"));
                string index = p.GetIndexParameters().Length > 0 ? $"[{string.Join(", ", p.GetIndexParameters().Select(Parameter))}]" : "";
                string isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : "";
                return $"{isStatic}{Show(_nullability.Create(p))} {p.Name}{index} {{ {accessors} }}";
            case FieldInfo f:
                string prefix = f.IsLiteral ? "const " : f.IsStatic ? "static " : "";
                string value = f.IsLiteral ? $" = {Literal(f.GetRawConstantValue())}" : "";
                return f.DeclaringType!.IsEnum ? (f.IsSpecialName ? null : $"{f.Name}{value}") : $"{prefix}{Show(_nullability.Create(f))} {f.Name}{value}";
            case EventInfo e:
                return $"event {TypeName(e.EventHandlerType!)} {e.Name}";
            default:
                return null; // nested types are listed on their own
        }
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => System.Text.Json.JsonSerializer.Serialize(text),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" :
        type.IsInterface ? "interface" :
        type.IsValueType ? (type.GetMethod("<Clone>$") is null && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is null ? "struct" : "record struct") :
        typeof(Delegate).IsAssignableFrom(type) ? "delegate" :
        type.GetMethod("<Clone>$") is not null ? (type.IsSealed ? "sealed record" : "record") :
        type.IsAbstract && type.IsSealed ? "static class" :
        type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";

    private static string Bases(Type type)
    {
        if (type.IsEnum)
        {
            return " : " + TypeName(Enum.GetUnderlyingType(type));
        }

        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(TypeName(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private string Parameter(ParameterInfo p)
    {
        string modifier = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "";
        string defaultValue = !p.HasDefaultValue ? "" : p.DefaultValue is null && p.ParameterType.IsValueType ? " = default" : $" = {Literal(p.DefaultValue)}";
        return $"{modifier}{Show(_nullability.Create(p))} {p.Name}{defaultValue}";
    }

    private string Show(NullabilityInfo info)
    {
        var type = info.Type.IsByRef ? info.Type.GetElementType()! : info.Type;
        string name;
        if (type.IsArray && info.ElementType is { } element)
        {
            name = Show(element) + "[]";
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() != typeof(Nullable<>) && info.GenericTypeArguments.Length > 0)
        {
            name = $"{Plain(type)}<{string.Join(", ", info.GenericTypeArguments.Select(Show))}>";
        }
        else
        {
            name = TypeName(type);
        }

        return info.ReadState == NullabilityState.Nullable && !type.IsValueType ? name + "?" : name;
    }

    private static string Plain(Type type)
    {
        string name = type.IsNested ? $"{Plain(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        return type.IsGenericType ? $"{Plain(type)}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : Plain(type);
    }
}
