using System.Data.Common;
using System.Diagnostics;
using Extraction.Cli.Batch;
using Extraction.Records;

namespace Extraction.Cli.Sinks;

/// <summary>The differences between the SQL databases the sink writes to.</summary>
/// <param name="Name">For messages.</param>
/// <param name="Integer">The type of <see cref="ColumnType.Integer"/> columns.</param>
/// <param name="Real">The type of <see cref="ColumnType.Real"/> columns.</param>
internal sealed record SqlDialect(string Name, string Integer, string Real)
{
    public static SqlDialect Sqlite { get; } = new("SQLite", "INTEGER", "REAL");

    public static SqlDialect Postgres { get; } = new("PostgreSQL", "BIGINT", "DOUBLE PRECISION");

    public string TypeOf(ColumnType type) => type switch
    {
        ColumnType.Integer => Integer,
        ColumnType.Real => Real,
        _ => "TEXT",
    };
}

/// <summary>
/// SQLite or PostgreSQL: the tables of <see cref="RecordTables"/> (plus <c>schema_version</c>, and a <c>seq</c> column in
/// <c>errors</c> that keeps their order). Writing an article deletes its rows (by <c>sha256</c>) and inserts them again
/// in the same transaction, so it is replaced, never duplicated; transactions are committed every few hundred
/// documents, and a killed run loses at most the open one, which <c>--resume</c> writes again.
/// </summary>
internal sealed class SqlSink(DbConnection connection, SqlDialect dialect) : IRecordSink
{
    private const int DocumentsPerTransaction = 200;

    private static readonly TimeSpan TransactionTime = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, DbCommand> _inserts = new(StringComparer.Ordinal);
    private readonly List<DbCommand> _deletes = [];
    private DbCommand? _deleteError;
    private DbTransaction? _transaction;
    private int _pending;
    private readonly Stopwatch _sinceCommit = new();

    private static string Q(string identifier) => '"' + identifier + '"';

    public ResumeState Open(bool resume)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        CreateSchema();
        var state = new ResumeState(ordered: false);
        if (resume)
        {
            using (var paths = Command($"SELECT {Q("path")} FROM {Q("articles")} UNION ALL SELECT {Q("path")} FROM {Q("errors")}"))
            using (var reader = paths.ExecuteReader())
            {
                while (reader.Read())
                {
                    state.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
                }
            }

            using var errors = Command($"SELECT {Q("path")}, {Q("url")}, {Q("sha256")}, {Q("kind")}, {Q("message")} FROM {Q("errors")} ORDER BY {Q("seq")}");
            using var rows = errors.ExecuteReader();
            while (rows.Read())
            {
                string? Get(int i) => rows.IsDBNull(i) ? null : rows.GetString(i);
                state.ErrorLines.Add(Outcome.ErrorLine(new Source(Get(0), Get(1), Get(2)), Get(3) ?? "", Get(4) ?? ""));
            }
        }

        PrepareCommands();
        return state;
    }

    private void CreateSchema()
    {
        using var transaction = connection.BeginTransaction();
        foreach (var table in RecordTables.All)
        {
            var columns = table.Columns.Select(c => $"{Q(c.Name)} {dialect.TypeOf(c.Type)}").ToList();
            if (table == RecordTables.Errors)
            {
                columns.Add($"{Q("seq")} {dialect.Integer}");
            }

            columns.Add($"PRIMARY KEY ({string.Join(", ", table.Key.Select(Q))})");
            Execute(transaction, $"CREATE TABLE IF NOT EXISTS {Q(table.Name)} ({string.Join(", ", columns)})");
        }

        Execute(transaction, $"CREATE TABLE IF NOT EXISTS {Q("schema_version")} ({Q("version")} {dialect.Integer} NOT NULL)");
        using (var version = Command($"SELECT MAX({Q("version")}) FROM {Q("schema_version")}", transaction))
        {
            object? found = version.ExecuteScalar();
            if (found is null or DBNull)
            {
                Execute(transaction, $"INSERT INTO {Q("schema_version")} ({Q("version")}) VALUES ({RecordTables.SchemaVersion})");
            }
            else if (Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture) != RecordTables.SchemaVersion)
            {
                throw new InvalidDataException($"The {dialect.Name} database has schema version {found}; this program writes version {RecordTables.SchemaVersion}.");
            }
        }

        transaction.Commit();
    }

    private void PrepareCommands()
    {
        foreach (var table in RecordTables.All)
        {
            var names = table.Columns.Select(c => c.Name).ToList();
            if (table == RecordTables.Errors)
            {
                names.Add("seq");
            }

            var insert = Command($"INSERT INTO {Q(table.Name)} ({string.Join(", ", names.Select(Q))}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})");
            for (int i = 0; i < names.Count; i++)
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = "@p" + i;
                insert.Parameters.Add(parameter);
            }

            _inserts[table.Name] = insert;
        }

        foreach (var table in RecordTables.Children)
        {
            _deletes.Add(KeyCommand($"DELETE FROM {Q(table.Name)} WHERE {Q("article_sha256")} = @key"));
        }

        _deletes.Add(KeyCommand($"DELETE FROM {Q("articles")} WHERE {Q("sha256")} = @key"));
        _deleteError = KeyCommand($"DELETE FROM {Q("errors")} WHERE {Q("path")} = @key");
    }

    private DbCommand KeyCommand(string sql)
    {
        var command = Command(sql);
        var key = command.CreateParameter();
        key.ParameterName = "@key";
        command.Parameters.Add(key);
        return command;
    }

    public void Write(Outcome outcome)
    {
        if (_transaction is null)
        {
            _transaction = connection.BeginTransaction();
            _sinceCommit.Restart();
        }

        Run(_deleteError!, outcome.Source.Path ?? "");
        if (outcome.Article is { } article)
        {
            foreach (var delete in _deletes)
            {
                Run(delete, article.Source.Sha256 ?? "");
            }

            foreach (var (table, row) in RecordTables.RowsOf(article))
            {
                Insert(table, row);
            }
        }
        else
        {
            Insert(RecordTables.Errors, [.. RecordTables.ErrorRow(outcome), outcome.Sequence]);
        }

        if (++_pending >= DocumentsPerTransaction || _sinceCommit.Elapsed >= TransactionTime)
        {
            Commit();
        }
    }

    private void Run(DbCommand command, string key)
    {
        command.Transaction = _transaction;
        command.Parameters[0].Value = key;
        command.ExecuteNonQuery();
    }

    private void Insert(Table table, object?[] row)
    {
        var command = _inserts[table.Name];
        command.Transaction = _transaction;
        for (int i = 0; i < row.Length; i++)
        {
            command.Parameters[i].Value = row[i] switch
            {
                null => DBNull.Value,
                int n => (long)n,
                var value => value,
            };
        }

        command.ExecuteNonQuery();
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _pending = 0;
    }

    public void Dispose()
    {
        Commit();
        foreach (var command in _inserts.Values.Concat(_deletes))
        {
            command.Dispose();
        }

        _deleteError?.Dispose();
        connection.Dispose();
    }

    private DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Execute(DbTransaction transaction, string sql)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }
}
