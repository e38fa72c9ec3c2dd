import Link from 'next/link'

const NotFound = () => (
  <div className="container section">
    <h1>Không tìm thấy trang</h1>
    <p>Trang bạn tìm không tồn tại hoặc chưa được công bố.</p>
    <p>
      <Link href="/">Về trang chủ</Link>
    </p>
  </div>
)

export default NotFound
