using System.Globalization;
using System.Text;
using System.Text.Json;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;

namespace Platform.Host.Jobs;

/// <summary>
/// The input an asynchronous step gets, written when the job is recorded and read when it runs:
/// target, id, request, pre/post images and output. Late-bound attribute values keep their types
/// (decimal stays decimal, a Guid a Guid), so a step sees the same values it would have seen synchronously.
/// </summary>
internal static class JobPayload
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The payload of one step's job, from the operation's context.</summary>
    public static string Write(PipelineContext context, StepDescriptor step)
    {
        var registration = step.Registration;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (context.Target is { } target)
            {
                json.WritePropertyName("target");
                WriteEntity(json, target);
            }
            if (context.InputParameters.TryGetValue("Id", out var id) && id is Guid inputId)
            {
                json.WriteString("id", inputId);
            }
            if (context.InputParameters.TryGetValue("Request", out var request) && request is not null)
            {
                json.WritePropertyName("request");
                WriteJson(json, request);
            }
            if (registration.PreImage is not null && context.FullPreImage is { } pre)
            {
                json.WritePropertyName("preImage");
                WriteEntity(json, pre.Project(registration.PreImage));
            }
            if (registration.PostImage is not null && context.FullPostImage is { } post)
            {
                json.WritePropertyName("postImage");
                WriteEntity(json, post.Project(registration.PostImage));
            }
            if (context.OutputParameters.TryGetValue("Id", out var outputId) && outputId is Guid createdId)
            {
                json.WriteString("outputId", createdId);
            }
            if (context.OutputParameters.TryGetValue("Response", out var response) && response is not null)
            {
                json.WritePropertyName("response");
                WriteJson(json, response);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Puts a payload into a job's context: input and output parameters, and the images.</summary>
    public static void Read(string payload, PipelineContext context)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        if (root.TryGetProperty("target", out var target))
        {
            context.InputParameters["Target"] = ReadEntity(target);
        }
        if (root.TryGetProperty("id", out var id))
        {
            context.InputParameters["Id"] = id.GetGuid();
        }
        if (root.TryGetProperty("request", out var request))
        {
            context.InputParameters["Request"] = request.Clone();
        }
        if (root.TryGetProperty("preImage", out var pre))
        {
            context.FullPreImage = ReadEntity(pre);
        }
        if (root.TryGetProperty("postImage", out var post))
        {
            context.FullPostImage = ReadEntity(post);
        }
        if (root.TryGetProperty("outputId", out var outputId))
        {
            context.OutputParameters["Id"] = outputId.GetGuid();
        }
        if (root.TryGetProperty("response", out var response))
        {
            context.OutputParameters["Response"] = response.Clone();
        }
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("logicalName", entity.LogicalName);
        json.WriteString("id", entity.Id);
        json.WriteStartObject("attributes");
        foreach (var (name, value) in entity.Attributes)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static Entity ReadEntity(JsonElement element)
    {
        var entity = new Entity(element.GetProperty("logicalName").GetString()!, element.GetProperty("id").GetGuid());
        foreach (var attribute in element.GetProperty("attributes").EnumerateObject())
        {
            entity.Attributes[attribute.Name] = ReadValue(attribute.Value);
        }
        return entity;
    }

    // Strings and booleans are written bare; every other type is an object naming it, so it reads back as the same type.
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                return;
            case string s:
                json.WriteStringValue(s);
                return;
            case bool b:
                json.WriteBooleanValue(b);
                return;
            case Enum e:
                json.WriteStringValue(e.ToString());
                return;
            case JsonElement element:
                json.WriteStartObject();
                json.WritePropertyName("json");
                element.WriteTo(json);
                json.WriteEndObject();
                return;
            case IEnumerable<Entity> children:
                json.WriteStartObject();
                json.WriteStartArray("entities");
                foreach (var child in children)
                {
                    WriteEntity(json, child);
                }
                json.WriteEndArray();
                json.WriteEndObject();
                return;
        }
        json.WriteStartObject();
        switch (value)
        {
            case decimal d:
                json.WriteString("decimal", d.ToString(CultureInfo.InvariantCulture));
                break;
            case int or short or byte or sbyte or ushort:
                json.WriteNumber("int", Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case long or uint:
                json.WriteNumber("long", Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                json.WriteNumber("double", Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case Guid g:
                json.WriteString("guid", g);
                break;
            case DateTimeOffset dto:
                json.WriteString("dateTimeOffset", dto);
                break;
            case DateTime dt:
                json.WriteString("dateTime", dt);
                break;
            case DateOnly date:
                json.WriteString("dateOnly", date.ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                json.WritePropertyName("json");
                JsonSerializer.Serialize(json, value, value.GetType(), Web);
                break;
        }
        json.WriteEndObject();
    }

    private static object? ReadValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
            case JsonValueKind.False:
                return element.GetBoolean();
            case JsonValueKind.Object:
                break;
            default:
                return element.Clone();
        }
        var tagged = element.EnumerateObject().First();
        var v = tagged.Value;
        return tagged.Name switch
        {
            "decimal" => decimal.Parse(v.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
            "int" => v.GetInt32(),
            "long" => v.GetInt64(),
            "double" => v.GetDouble(),
            "guid" => v.GetGuid(),
            "dateTimeOffset" => v.GetDateTimeOffset(),
            "dateTime" => v.GetDateTime(),
            "dateOnly" => DateOnly.ParseExact(v.GetString()!, "O", CultureInfo.InvariantCulture),
            "entities" => v.EnumerateArray().Select(ReadEntity).ToList(),
            _ => v.Clone(),
        };
    }

    private static void WriteJson(Utf8JsonWriter json, object value)
    {
        if (value is JsonElement element)
        {
            element.WriteTo(json);
        }
        else
        {
            JsonSerializer.Serialize(json, value, value.GetType(), Web);
        }
    }
}
